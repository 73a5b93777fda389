import { Module, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import {
  AccountsModule,
  AuditModule,
  APP_CONFIG,
  AppConfig,
  ClientThrottlerGuard,
  HealthModule,
  ImportsModule,
  IntroductionsModule,
  MatchingModule,
  NotificationsModule,
  OpportunitiesModule,
  OrganisationsModule,
  PlatformModule,
  ReferenceModule,
  SavedSearchesModule,
  SearchModule,
  ShortlistsModule,
  SuppliersModule,
  FollowsModule,
  loadConfig,
} from '@bitd/server';

/** The HTTP API: a thin shell composing the feature modules. */
@Module({
  imports: [
    LoggerModule.forRoot({
      forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
      pinoHttp: {
        level: loadConfig().LOG_LEVEL,
        autoLogging: { ignore: (req) => req.url === '/api/health' },
        redact: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          'req.query.code',
        ],
        // The OpenID provider's authorization code comes in the callback's URL: not in the logs.
        serializers: {
          req: (req: { url?: string }) => ({
            ...req,
            url: req.url?.replace(/([?&]code=)[^&]*/, '$1[Redacted]'),
          }),
        },
        // One id per request, in the logs and in the audit log (a proxy's X-Request-Id is kept).
        genReqId: (req, res) => {
          const given = req.headers['x-request-id'];
          const id = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
          res.setHeader('X-Request-Id', id);
          return id;
        },
      },
    }),
    PlatformModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
    }),
    HealthModule,
    AccountsModule,
    AuditModule,
    SuppliersModule,
    ImportsModule,
    ReferenceModule,
    SearchModule,
    OpportunitiesModule,
    MatchingModule,
    OrganisationsModule,
    ShortlistsModule,
    FollowsModule,
    SavedSearchesModule,
    IntroductionsModule,
    NotificationsModule,
  ],
  providers: [{ provide: APP_GUARD, useClass: ClientThrottlerGuard }],
})
export class AppModule {}
