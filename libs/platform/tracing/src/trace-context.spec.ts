import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

import { activeTraceIds, activeTraceparent, inSpanOf, SpanKind } from './trace-context';

describe('trace context', () => {
  const exporter = new InMemorySpanExporter();
  const manager = new AsyncLocalStorageContextManager();

  beforeAll(() => {
    context.setGlobalContextManager(manager.enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    trace.setGlobalTracerProvider(new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] }));
  });

  afterAll(() => {
    trace.disable();
    propagation.disable();
    context.disable();
  });

  const parent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it('runs work in a consumer span, child of the traceparent a message carried, and hands that trace on', async () => {
    const seen = await inSpanOf(parent, 'process application.drafted', SpanKind.CONSUMER, { topic: 't' }, async () => {
      // What the handler writes to the outbox or sends: the same trace, this span as parent.
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { traceparent: activeTraceparent(), ids: activeTraceIds() };
    });

    const [span] = exporter.getFinishedSpans();
    expect(span.name).toBe('process application.drafted');
    expect(span.kind).toBe(SpanKind.CONSUMER);
    expect(span.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(seen.traceparent).toBe(`00-4bf92f3577b34da6a3ce929d0e0e4736-${span.spanContext().spanId}-01`);
    expect(seen.ids).toEqual({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: span.spanContext().spanId });
  });

  it('starts a trace of its own without a traceparent, records a failure and rethrows it', async () => {
    exporter.reset();

    await expect(
      inSpanOf(undefined, 'process x', SpanKind.CONSUMER, {}, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');

    const [span] = exporter.getFinishedSpans();
    expect(span.parentSpanContext).toBeUndefined();
    expect(span.status).toMatchObject({ code: 2, message: 'boom' });
    expect(span.events.map((event) => event.name)).toEqual(['exception']);
  });

  it('has nothing to hand on outside a span', () => {
    expect(activeTraceparent()).toBeUndefined();
    expect(activeTraceIds()).toEqual({});
  });
});
