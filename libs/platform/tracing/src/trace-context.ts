import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = () => trace.getTracer('pollen');

/** The W3C `traceparent` of the active span, to carry in a Kafka header or an outbox entry; undefined outside a trace. */
export function activeTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** The trace and span ids of the active span, for log lines; empty outside a trace. */
export function activeTraceIds(): { traceId?: string; spanId?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  return span && trace.isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {};
}

/**
 * Runs `work` in a span of `kind` named `name`, child of the remote `traceparent` a message
 * carried (a new trace without one), so what the work does (database calls, events it emits) joins
 * the trace. The span records a thrown error, which is rethrown.
 */
export function inSpanOf<T>(
  traceparent: string | undefined,
  name: string,
  kind: SpanKind,
  attributes: Record<string, string | number>,
  work: () => Promise<T>,
): Promise<T> {
  const parent = traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
  return tracer().startActiveSpan(name, { kind, attributes }, parent, async (span: Span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}

export { SpanKind };
