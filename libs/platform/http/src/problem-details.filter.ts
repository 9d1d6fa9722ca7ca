import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainException, ErrorCode } from '@pollen/contracts';
import { Correlation } from '@pollen/platform/logging';
import type { Request, Response } from 'express';
import { localiseFieldErrors, VALIDATION_DETAIL } from './field-messages';
import { localeOf } from './locale';
import { PROBLEM_CONTENT_TYPE, problemOf, type ProblemDetails } from './problem-details';

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

/** Errors raised by Express' body parser before Nest sees the request. */
interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/**
 * Turns every error into `application/problem+json`: domain exceptions by their code, Nest's HTTP
 * exceptions and body-parser errors by their status, anything else as a 500 without internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request);
    if (problem.status >= 500 && problem.status !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error({ err: exception instanceof Error ? exception.stack : String(exception) }, 'unhandled error');
    }
    const retryAfter = problem['retryAfterSeconds'];
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, request: Request): ProblemDetails {
    const context = { instance: request.originalUrl, correlationId: Correlation.current()?.correlationId };
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
      const message =
        typeof body === 'object' && body !== null && 'message' in body
          ? [body.message].flat().join('; ')
          : exception.message;
      // Nest turns the body parser's JSON SyntaxError into a bare BadRequestException.
      const detail =
        status === HttpStatus.BAD_REQUEST && /JSON/.test(message)
          ? `The request body is not valid JSON (${message})`
          : message;
      return { ...problemOf(code, detail, context), status };
    }
    const parserError = exception as BodyParserError;
    if (parserError?.expose && typeof parserError.status === 'number' && parserError.status < 500) {
      const code = CODE_BY_STATUS[parserError.status] ?? ErrorCode.ValidationFailed;
      const detail =
        parserError.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON'
          : (exception as Error).message;
      return { ...problemOf(code, detail, context), status: parserError.status };
    }
    return problemOf(ErrorCode.Internal, 'Something went wrong on our side; it has been logged', context);
  }
}
