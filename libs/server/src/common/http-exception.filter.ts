import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiErrorBody } from '@bitd/domain';
import type { Request, Response } from 'express';
import { DomainError, ERROR_STATUS } from './domain-error';

interface HttpishError {
  type?: string;
  code?: string;
  status?: number;
  message?: string;
}

/** The one place where errors become HTTP answers: a code, a message, and the fields at fault. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const body = toErrorBody(exception, requestLanguage(http.getRequest<Request>()));
    if (body.statusCode >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (!res.headersSent) res.status(body.statusCode).json(body);
  }
}

/**
 * Maps any error to the API's error body. Also used by the api's Express error handler for
 * errors raised before Nest's routing (body parsing), so every answer has the same shape.
 */
export function toErrorBody(e: unknown, lang: 'fr' | 'en' = 'en'): ApiErrorBody {
  if (e instanceof DomainError) {
    return {
      statusCode: ERROR_STATUS[e.code],
      code: e.code,
      message: e.localized?.[lang] ?? e.message,
      errors: e.errors,
      details: e.details,
    };
  }
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const response = e.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? (response as { message: string[] }).message.join('; ')
          : String((response as { message?: unknown }).message ?? e.message);
    return {
      statusCode: status,
      code: codeForStatus(status),
      message: status === 413 ? tooLarge() : message,
    };
  }
  const err = (e ?? {}) as HttpishError;
  // body-parser and multer errors reach us as plain errors with a type or code.
  if (err.type === 'entity.parse.failed') {
    return {
      statusCode: 400,
      code: 'MALFORMED_JSON',
      message: `The request body is not valid JSON: ${err.message}`,
    };
  }
  if (err.type === 'entity.too.large') {
    return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The JSON body is over its 1 MB limit' };
  }
  if (err.code === 'LIMIT_FILE_SIZE') {
    return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: tooLarge() };
  }
  if (typeof err.code === 'string' && err.code.startsWith('LIMIT_')) {
    return { statusCode: 400, code: 'UPLOAD_REJECTED', message: err.message ?? 'Upload rejected' };
  }
  if (err.status && err.status >= 400 && err.status < 500) {
    return {
      statusCode: err.status,
      code: codeForStatus(err.status),
      message: err.message ?? 'Bad request',
    };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    code: 'INTERNAL',
    message: 'Internal error; it has been logged',
  };
}

/** The web app sends its interface language; French when the request prefers it. */
export function requestLanguage(req: Request | undefined): 'fr' | 'en' {
  const header = req?.headers?.['accept-language'];
  return typeof header === 'string' && /^\s*fr\b/i.test(header) ? 'fr' : 'en';
}

function tooLarge(): string {
  return 'The upload is larger than the configured limit (UPLOAD_MAX_BYTES)';
}

function codeForStatus(status: number): string {
  return (
    {
      400: 'BAD_REQUEST',
      401: 'UNAUTHENTICATED',
      403: 'FORBIDDEN',
      404: 'NOT_FOUND',
      405: 'METHOD_NOT_ALLOWED',
      413: 'PAYLOAD_TOO_LARGE',
      415: 'UNSUPPORTED_MEDIA_TYPE',
      429: 'TOO_MANY_REQUESTS',
    }[status] ?? `HTTP_${status}`
  );
}
