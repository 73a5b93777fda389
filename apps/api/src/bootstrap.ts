import { Logger as NestLogger, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { HttpExceptionFilter, MeiliService, loadConfig, toErrorBody } from '@bitd/server';
import cookieParser from 'cookie-parser';
import express from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { formActionOrigins, securityHeaders } from './security-headers';

/** Builds the API application (used by main.ts and by the integration tests). */
export async function createApiApp(options: { logger?: boolean } = {}): Promise<NestExpressApplication> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  app.set('trust proxy', config.TRUST_PROXY);
  // Closed unless origins are listed (the web app is served from this same origin); before the
  // body parser, so that its errors too reach the listed origins.
  if (config.CORS_ORIGINS.length) app.enableCors({ origin: config.CORS_ORIGINS, credentials: true });
  app.use(
    securityHeaders({
      production: config.NODE_ENV === 'production',
      // The sign-in's OpenID provider, whose page the sign-in form redirects to.
      formActionOrigins: formActionOrigins(config.OIDC_ISSUER),
      docsPath: '/api/docs',
    }),
  );
  app.use(cookieParser());
  app.use(express.json({ limit: '1mb' }));
  // Body-parser errors happen before Nest's routing: same mapping, same answer shape.
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const body = toErrorBody(err);
    res.status(body.statusCode).json(body);
  });
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  // The search-only key is made at start, so that a refused master key shows in the log at once;
  // while Meilisearch is away, searches try again.
  app
    .get(MeiliService)
    .searchClient()
    .catch((e: Error) => new NestLogger('Search').warn(`no search key yet: ${e.message}`));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('BITD Bretagne — supplier matchmaking API')
      .setDescription(
        'Breton defence SMEs, their capabilities and the opportunities they match. All demo data is fictional.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  const webDir = resolve(config.WEB_DIST_DIR);
  if (existsSync(join(webDir, 'index.html'))) {
    // Not on API paths: a file lookup (a stat) per API request is a tenth of a search's CPU.
    const assets = express.static(webDir, { index: false, maxAge: '1h' });
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) =>
      req.path.startsWith('/api') ? next() : assets(req, res, next),
    );
    // The single-page app answers every non-API GET with its shell.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(webDir, 'index.html'));
    });
  }
  return app;
}
