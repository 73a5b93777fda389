import { Module, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import {
  APP_CONFIG,
  AppConfig,
  HealthModule,
  ImportsModule,
  MatchingModule,
  OpportunitiesModule,
  PlatformModule,
  ReferenceModule,
  SearchModule,
  SuppliersModule,
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
        redact: ['req.headers.authorization', 'req.headers.cookie'],
      },
    }),
    PlatformModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => [{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
    }),
    HealthModule,
    SuppliersModule,
    ImportsModule,
    ReferenceModule,
    SearchModule,
    OpportunitiesModule,
    MatchingModule,
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class AppModule {}
