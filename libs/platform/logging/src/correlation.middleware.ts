import type { IncomingMessage, ServerResponse } from 'node:http';

import { Injectable, type NestMiddleware } from '@nestjs/common';

import { Correlation } from './correlation';

/**
 * Opens the correlation scope of an HTTP request with the id pino-http chose (the caller's
 * `X-Correlation-Id` when it is well formed), and echoes it in the response.
 */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: IncomingMessage & { id?: string }, res: ServerResponse, next: () => void): void {
    const correlationId = String(req.id);
    res.setHeader('X-Correlation-Id', correlationId);
    Correlation.run({ correlationId }, next);
  }
}
