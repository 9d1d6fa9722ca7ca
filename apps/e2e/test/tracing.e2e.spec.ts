import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { SERVICE_NAMES, type TimelinePageView } from '@pollen/contracts';
import { eventually, uniqueName } from '@pollen/testing';

import { aSiren, completeFields, json, Platform } from './platform';

/** One span as OTLP/HTTP JSON carries it, with the service that sent it. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

const SERVER = 2;
const CONSUMER = 5;

/** A small OTLP/HTTP (JSON) receiver: what an OpenTelemetry collector would get from the services. */
class OtlpReceiver {
  readonly spans: ReceivedSpan[] = [];
  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<OtlpReceiver> {
    const receiver: OtlpReceiver = new OtlpReceiver(
      http.createServer((request, response) => {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', () => {
          receiver.collect(JSON.parse(body));
          response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
        });
      }),
    );
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private collect(request: { resourceSpans?: OtlpResourceSpans[] }): void {
    for (const { resource, scopeSpans } of request.resourceSpans ?? []) {
      const service = String(valuesOf(resource?.attributes)['service.name']);
      for (const { spans } of scopeSpans ?? []) {
        for (const span of spans ?? []) {
          this.spans.push({ ...span, service, attributes: valuesOf(span.attributes) });
        }
      }
    }
  }
}

interface OtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}
interface OtlpResourceSpans {
  resource?: { attributes?: OtlpAttribute[] };
  scopeSpans?: { spans?: (Omit<ReceivedSpan, 'service' | 'attributes'> & { attributes?: OtlpAttribute[] })[] }[];
}
const valuesOf = (attributes: OtlpAttribute[] = []) =>
  Object.fromEntries(attributes.map(({ key, value }) => [key, Object.values(value)[0]]));

/**
 * One trace follows a request across Kafka: the gateway's HTTP span, the applications service
 * handling the request it sent and writing to its database, the event that write put in the
 * outbox, and another service consuming that event — all children of one trace, exported over
 * OTLP to a receiver as a collector would get them.
 */
describe('tracing', () => {
  let receiver: OtlpReceiver;
  let platform: Platform;

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    const otlp = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '200' };
    platform = await Platform.start(
      ['legal-templates', 'operations'],
      Object.fromEntries(SERVICE_NAMES.map((service) => [service, otlp])),
    );
  }, 90_000);

  afterAll(async () => {
    await platform?.stop();
    await receiver?.stop();
  });

  it('spans gateway → Kafka → service → database → outbox → consumer in one trace', async () => {
    const programme = await platform.createProgramme(await platform.operator());
    const token = await platform.signUp('applicant');
    const fields = completeFields();
    const draft = await platform.draft(token, {
      programmeId: programme.id,
      ...fields,
      organisation: { ...fields.organisation, name: uniqueName('Atelier'), siren: aSiren() },
    });

    const trace = await eventually(
      async () => {
        const http = receiver.spans.find(
          (span) =>
            span.service === 'gateway' &&
            span.kind === SERVER &&
            span.attributes['http.request.method'] === 'POST' &&
            String(span.attributes['url.path']) === '/v1/applications',
        );
        const spans = http ? receiver.spans.filter((span) => span.traceId === http.traceId) : [];
        // Each service sends its spans in its own batches: wait for every one the test reads.
        const consumers = new Set(
          spans.filter((span) => span.name === 'process application.drafted').map((span) => span.service),
        );
        const handled = spans.some(
          (span) => span.service === 'applications' && span.name === 'process applications.create-draft',
        );
        const complete = handled && consumers.has('legal-templates') && consumers.has('operations');
        return http && complete ? { http, spans } : undefined;
      },
      { what: `the trace of the draft ${draft.id}, as far as the consumers of its event`, timeoutMs: 30_000 },
    );

    const byName = (service: string, predicate: (span: ReceivedSpan) => boolean) =>
      trace.spans.filter((span) => span.service === service && predicate(span));
    // The gateway's controller handled it, its route template named (NestJS's instrumentation).
    expect(byName('gateway', (span) => span.attributes['http.route'] === '/v1/applications')).toEqual([
      expect.objectContaining({ name: 'ApplicationsController.create' }),
    ]);
    // The applications service handled the gateway's request, in the request's trace.
    const handled = byName(
      'applications',
      (span) => span.kind === CONSUMER && span.name === 'process applications.create-draft',
    );
    expect(handled).toHaveLength(1);
    // …wrote the draft to its database inside that span…
    expect(
      byName(
        'applications',
        (span) => span.attributes['db.system'] !== undefined || span.attributes['db.system.name'] !== undefined,
      ).length,
    ).toBeGreaterThan(0);
    // …and the event its outbox published later was consumed, still in the same trace.
    const consumers = trace.spans.filter((span) => span.name === 'process application.drafted');
    expect(consumers.map((span) => span.service)).toEqual(expect.arrayContaining(['legal-templates', 'operations']));
    // Every span but the first has its parent in the trace: nothing started a trace of its own.
    const ids = new Set(trace.spans.map((span) => span.spanId));
    const orphans = trace.spans.filter(
      (span) => span.spanId !== trace.http.spanId && !ids.has(span.parentSpanId ?? ''),
    );
    expect(orphans.map((span) => `${span.service}: ${span.name}`)).toEqual([]);

    // The operators' timeline of the application names that trace, to look it up in the backend.
    const operator = await platform.operator();
    const timeline = await eventually(
      async () => {
        const answer = await platform.call(`/v1/ops/applications/${draft.id}/timeline`, { token: operator });
        return answer.status === 200 ? await json<TimelinePageView>(answer) : undefined;
      },
      { what: `the timeline of the draft ${draft.id}`, timeoutMs: 30_000 },
    );
    expect(timeline.items[0]).toEqual(
      expect.objectContaining({ type: 'application.drafted', traceId: trace.http.traceId }),
    );
  }, 60_000);
});
