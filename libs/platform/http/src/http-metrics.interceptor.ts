import type { ServerResponse } from 'node:http';

import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { histogram } from '@pollen/platform/health';
import type { Observable } from 'rxjs';

const duration = histogram('pollen_http_request_seconds', 'HTTP request latency by route template', [
  'method',
  'route',
  'status',
] as const);

/** The request with its matched route's template, as Fastify gives it. */
interface RoutedRequest {
  method: string;
  routeOptions?: { url?: string };
}

/** Latency histogram labelled by route template (never the raw URL, to bound cardinality). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    const route = request.routeOptions?.url ?? 'unmatched';
    const response = context.switchToHttp().getResponse<{ raw: ServerResponse }>().raw;
    const stop = duration.startTimer({ method: request.method, route });
    // On `finish` the status is final, whether a handler or the problem filter wrote it.
    response.once('finish', () => stop({ status: String(response.statusCode) }));
    return next.handle();
  }
}
