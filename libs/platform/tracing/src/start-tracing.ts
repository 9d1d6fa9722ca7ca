import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MongooseInstrumentation } from '@opentelemetry/instrumentation-mongoose';
import { NestInstrumentation } from '@opentelemetry/instrumentation-nestjs-core';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

let started: TracerProvider | undefined;

/**
 * Tracing for one service process, called before anything else is loaded (each service's
 * `src/tracing.ts`, its main's first import) so that HTTP and mongoose are instrumented when they
 * load. Context always propagates (W3C `traceparent`, in HTTP and Kafka headers and through the
 * outbox); spans are recorded and exported over OTLP/HTTP (JSON) only when `OTEL_EXPORTER_OTLP_ENDPOINT`
 * (`<it>/v1/traces`) or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` is set: off by default.
 * `OTEL_BSP_SCHEDULE_DELAY` (ms, 5000) is how long spans wait to be sent in a batch.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): void {
  if (started) return;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/$/, '');
  const url = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base}/v1/traces` : undefined);
  if (!url || env.OTEL_SDK_DISABLED === 'true') return;
  const exporter = new OTLPTraceExporter({ url });
  started = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [
      new BatchSpanProcessor({ exporter, scheduledDelayMillis: Number(env.OTEL_BSP_SCHEDULE_DELAY ?? 5000) }),
    ],
  });
  trace.setGlobalTracerProvider(started);
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({
        // Health probes and scrapes are not worth a trace.
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)/.test(request.url ?? ''),
        // Outgoing calls go to others (webhook receivers, the mail API): no span, no traceparent sent out.
        ignoreOutgoingRequestHook: () => true,
      }),
      // The controller and handler an HTTP request reached, with its route template (`http.route`).
      new NestInstrumentation(),
      // Only queries made inside a trace: the relay's polls and the sweeps are not worth one each.
      new MongooseInstrumentation({ requireParentSpan: true }),
    ],
  });
}

/** Sends the spans still buffered: at shutdown, after the last message was handled. */
export async function flushTracing(): Promise<void> {
  await started?.forceFlush();
}
