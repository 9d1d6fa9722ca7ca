import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  type HttpServer,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { DomainException, ERROR_HTTP, ErrorCode } from '@pollen/contracts';
import { failureKindOf } from '@pollen/platform/kafka';
import { Correlation } from '@pollen/platform/logging';

import { localiseFieldErrors, VALIDATION_DETAIL } from './field-messages';
import type { HttpRequest } from './http-types';
import { localeOf } from './locale';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemOf } from './problem-details';

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: ErrorCode.ValidationFailed,
  [HttpStatus.UNAUTHORIZED]: ErrorCode.Unauthenticated,
  [HttpStatus.FORBIDDEN]: ErrorCode.Forbidden,
  [HttpStatus.NOT_FOUND]: ErrorCode.NotFound,
  [HttpStatus.METHOD_NOT_ALLOWED]: ErrorCode.NotFound,
  [HttpStatus.CONFLICT]: ErrorCode.Conflict,
  [HttpStatus.PRECONDITION_FAILED]: ErrorCode.PreconditionFailed,
  [HttpStatus.PAYLOAD_TOO_LARGE]: ErrorCode.PayloadTooLarge,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: ErrorCode.UnsupportedMediaType,
  [HttpStatus.UNPROCESSABLE_ENTITY]: ErrorCode.Unprocessable,
  [HttpStatus.PRECONDITION_REQUIRED]: ErrorCode.PreconditionRequired,
  [HttpStatus.TOO_MANY_REQUESTS]: ErrorCode.TooManyRequests,
  [HttpStatus.SERVICE_UNAVAILABLE]: ErrorCode.Unavailable,
};

/**
 * Errors Fastify raises before Nest sees the request (body over the limit, malformed
 * Content-Length): an `FST_` code, a 4xx `statusCode` and a message meant for the client.
 */
interface FastifyClientError {
  code?: unknown;
  statusCode?: number;
  message?: string;
}

const isFastifyClientError = (error: unknown): error is FastifyClientError & { statusCode: number } => {
  const { code, statusCode } = (error ?? {}) as FastifyClientError;
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode < 500;
};

/**
 * Turns every error into `application/problem+json`: domain exceptions by their code, Nest's HTTP
 * exceptions and Fastify's request errors by their status, anything else as a 500 without
 * internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  /** `adapter` writes the reply, whichever HTTP adapter the service runs on. */
  constructor(private readonly adapter: HttpServer) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequest & { originalUrl?: string }>();
    const response = http.getResponse<unknown>();
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500 && problem.status !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error({ err: exception instanceof Error ? exception.stack : String(exception) }, 'unhandled error');
    }
    const retryAfter = problem['retryAfterSeconds'];
    if (typeof retryAfter === 'number') this.adapter.setHeader(response, 'Retry-After', String(retryAfter));
    this.adapter.setHeader(response, 'Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    this.adapter.reply(response, JSON.stringify(problem), problem.status);
  }

  private toProblem(exception: unknown, request: HttpRequest & { originalUrl?: string }): ProblemDetails {
    const context = {
      instance: request.originalUrl ?? request.url,
      correlationId: Correlation.current()?.correlationId,
    };
    if (exception instanceof DomainException) {
      const locale = localeOf(request.headers['accept-language']);
      const { errors, details } = exception.extras;
      const detail =
        exception.code === ErrorCode.ValidationFailed && exception.message === VALIDATION_DETAIL.en
          ? VALIDATION_DETAIL[locale]
          : exception.message;
      return problemOf(exception.code, detail, {
        ...context,
        reason: exception.reason,
        details,
        ...(errors ? { errors: localiseFieldErrors(errors, locale) } : {}),
      });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed);
      const body = exception.getResponse();
      const detail =
        typeof body === 'object' && body !== null && 'message' in body
          ? [body.message].flat().join('; ')
          : exception.message;
      return { ...problemOf(code, detail, context), status };
    }
    if (isFastifyClientError(exception)) {
      const status = exception.statusCode;
      const code = CODE_BY_STATUS[status] ?? ErrorCode.ValidationFailed;
      return { ...problemOf(code, exception.message ?? ERROR_HTTP[code].title, context), status };
    }
    // The gateway's own database or the broker is down: the caller may retry shortly (ADR 0011).
    if (failureKindOf(exception) === 'infrastructure') {
      return problemOf(ErrorCode.Unavailable, 'A service this request needs is unavailable; try again shortly', {
        ...context,
        details: { retryAfterSeconds: 2 },
      });
    }
    return problemOf(ErrorCode.Internal, 'Something went wrong on our side; it has been logged', context);
  }
}
