import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../common/domain-error';

/** Refuses an upload whose declared size is over the limit before reading any of it. */
@Injectable()
export class UploadSizeMiddleware implements NestMiddleware {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: Request, _res: Response, next: NextFunction): void {
    // multipart framing adds a little to the file itself
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > this.config.UPLOAD_MAX_BYTES + 64 * 1024) {
      req.resume(); // drain without buffering so the client gets the answer
      return next(
        new DomainError(
          'PAYLOAD_TOO_LARGE',
          `The upload (${declared} bytes) is over the limit of ${this.config.UPLOAD_MAX_BYTES} bytes`,
        ),
      );
    }
    next();
  }
}
