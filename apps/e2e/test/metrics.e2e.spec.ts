import fs from 'node:fs';
import path from 'node:path';

import { SERVICE_NAMES } from '@pollen/contracts';
import { eventually } from '@pollen/testing';

import { Platform } from './platform';

const operationsDoc = path.join(__dirname, '..', '..', '..', 'docs', 'operations.md');

/** The metrics docs/operations.md lists for operators (its "Metrics" table): what dashboards and alerts may use. */
function documentedMetrics(): string[] {
  const section = fs.readFileSync(operationsDoc, 'utf8').split('\n## Metrics\n')[1].split('\n## ')[0];
  return [...section.matchAll(/^\| `(pollen_[a-z_]+)`/gm)].map((match) => match[1]);
}

/** One scrape: the families it declares (`# TYPE` lines) and its sample lines. */
interface Scrape {
  families: Set<string>;
  samples: string[];
}

/**
 * Every service's `/metrics`, as Prometheus scrapes it, after a registration every service hears:
 * each metric the operators' table documents exists, where it should, and nothing undocumented
 * does; the counters and gauges of a real journey have values.
 */
describe('metrics', () => {
  let platform: Platform;
  const services = SERVICE_NAMES;
  const scrape = async (service: string): Promise<Scrape> => {
    const process =
      service === 'gateway'
        ? platform.gateway
        : service === 'applications'
          ? platform.applications
          : platform.service(service);
    const text = await (await fetch(`${process.url}/metrics`)).text();
    const families = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1]));
    return { families, samples: text.split('\n').filter((line) => line && !line.startsWith('#')) };
  };

  beforeAll(async () => {
    platform = await Platform.start(services.filter((name) => name !== 'gateway' && name !== 'applications'));
  }, 90_000);

  afterAll(() => platform?.stop());

  it('lists in the docs exactly the metrics the services expose, each in every service that can have it', async () => {
    const documented = documentedMetrics();
    const scrapes = new Map(
      await Promise.all(services.map(async (service) => [service, await scrape(service)] as const)),
    );

    const exposed = new Set(
      [...scrapes.values()].flatMap(({ families }) => [...families].filter((name) => name.startsWith('pollen_'))),
    );
    expect([...exposed].sort()).toEqual([...documented].sort());
    for (const [service, { families }] of scrapes) {
      // A metric named after a service is that service's; the others come with the platform, so every service has them.
      const expected = documented.filter(
        (name) =>
          !services.some((other) => name.startsWith(`pollen_${other.replace('-', '_')}_`)) ||
          name.startsWith(`pollen_${service.replace('-', '_')}_`),
      );
      expect({ service, missing: expected.filter((name) => !families.has(name)) }).toEqual({ service, missing: [] });
      expect({
        service,
        process: ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds'].filter(
          (name) => !families.has(name),
        ),
      }).toEqual({ service, process: [] });
    }
  });

  it('counts what a registration sets off: the gateway’s answer and event, each service’s handling and lag', async () => {
    await platform.signUp('applicant');

    for (const service of services) {
      const { samples } = await eventually(
        async () => {
          const found = await scrape(service);
          const handled = found.samples.some((line) =>
            line.startsWith(
              'pollen_messages_consumed_total{topic="pollen.gateway.account-events.v2",type="account.registered",outcome="processed"}',
            ),
          );
          return handled ? found : undefined;
        },
        { what: `${service} counting the account.registered it handled`, timeoutMs: 30_000, intervalMs: 250 },
      );
      expect(
        samples.some((line) =>
          line.startsWith(`pollen_consumer_lag_messages{group="${service}",topic="pollen.gateway.account-events.v2"`),
        ),
      ).toBe(true);
      expect(
        samples.some((line) =>
          line.startsWith(
            'pollen_message_handler_seconds_count{topic="pollen.gateway.account-events.v2",type="account.registered"}',
          ),
        ),
      ).toBe(true);
    }
    const gateway = await scrape('gateway');
    expect(gateway.samples).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^pollen_http_request_seconds_count\{method="POST",route="\/v1\/auth\/register",status="201"\} [1-9]/,
        ),
        expect.stringMatching(
          /^pollen_messages_produced_total\{topic="pollen.gateway.account-events.v2",type="account.registered"\} [1-9]/,
        ),
        expect.stringMatching(/^pollen_outbox_oldest_event_age_seconds\{collection="[a-z_]+"\} /),
      ]),
    );
  });
});
