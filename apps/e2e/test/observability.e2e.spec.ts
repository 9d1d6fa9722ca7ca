import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { type InstanceStatusView, SERVICE_NAMES, type StatusView, type TimelinePageView } from '@pollen/contracts';
import { eventually, uniqueName } from '@pollen/testing';

import { json, Platform } from './platform';

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
describe('observability: metrics and status', () => {
  let platform: Platform;
  // This run's instances, told apart from those of platforms stopped before on the shared broker.
  const run = uniqueName('obs');
  const ours = (instances: InstanceStatusView[]) => instances.filter((instance) => instance.instance.startsWith(run));
  const services = SERVICE_NAMES;
  const scrape = async (service: string): Promise<Scrape> => {
    const process =
      service === 'gateway'
        ? platform.gateway
        : service === 'applications'
          ? platform.applications
          : platform.service(service);
    const text = await process.metrics();
    const families = new Set([...text.matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1]));
    return { families, samples: text.split('\n').filter((line) => line && !line.startsWith('#')) };
  };

  beforeAll(async () => {
    platform = await Platform.start(
      services.filter((name) => name !== 'gateway' && name !== 'applications'),
      Object.fromEntries(
        services.map((service) => [
          service,
          { HEARTBEAT_INTERVAL_MS: '1000', POLLEN_INSTANCE_ID: `${run}-${service}` },
        ]),
      ),
    );
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

  it('shows operators every service’s instances, ready, with the lag of every consumer group and the dead letters', async () => {
    const operator = await platform.operator();
    const status = await eventually(
      async () => {
        const answer = await platform.call('/v1/ops/status', { token: operator });
        const view = answer.status === 200 ? await json<StatusView>(answer) : undefined;
        const waiting = view?.services
          .filter((service) => ours(service.instances).length === 0 || ours(service.instances).some((i) => !i.ready))
          .map((service) => `${service.service}: ${JSON.stringify(service.instances)}`);
        if (!view || (waiting?.length ?? 0) > 0) throw new Error(`not yet: ${answer.status} ${waiting?.join('; ')}`);
        return view;
      },
      { what: 'every service heard from, ready', timeoutMs: 30_000, intervalMs: 500 },
    );

    expect(status.services.map((service) => service.service)).toEqual([...services]);
    for (const { service, instances } of status.services) {
      expect(ours(instances)).toEqual([
        expect.objectContaining({
          instance: expect.stringContaining(`${run}-${service}-`),
          version: 'dev',
          silent: false,
          failingChecks: [],
          outboxBacklog: expect.any(Number),
        }),
      ]);
    }
    // Every service reads the account events, each in its own group, and each group's lag is counted.
    const accountEvents = status.lag.filter((lag) => lag.topic === 'pollen.gateway.account-events.v2');
    expect(accountEvents.map((lag) => lag.group).sort()).toEqual([...services].sort());
    for (const lag of status.lag) expect(lag.lag).toBeGreaterThanOrEqual(0);
    expect(status.deadLetters).toEqual({
      open: expect.any(Number),
      replaying: expect.any(Number),
      replayFailed: expect.any(Number),
    });

    const refused = await platform.call('/v1/ops/status', { token: await platform.signUp('applicant') });
    expect(refused.status).toBe(403);
  });

  it('prints the status on the command line: `npm run ops -- status`', () => {
    const script = path.join(__dirname, '..', '..', '..', 'tools', 'ops', 'ops.mjs');
    const printed = execFileSync(process.execPath, [script, 'status'], {
      env: { ...process.env, POLLEN_API: platform.gateway.url },
      encoding: 'utf8',
      timeout: 30_000,
    });

    expect(printed).toMatch(/^status at /);
    for (const service of services) expect(printed).toMatch(new RegExp(`^${service}\\s+${run}-${service}-`, 'm'));
    expect(printed).toMatch(/^dead letters: \d+ open, \d+ replaying, \d+ replay failed$/m);
    expect(printed).toMatch(/^notifications since .+: \d+ failed attempts \(tried again\), \d+ given up$/m);
  });

  it('tells one application’s story across the services, in order, with correlation ids, in the API and the CLI', async () => {
    const operator = await platform.operator();
    const programme = await platform.createProgramme(operator);
    const applicationId = await platform.submitted(
      await platform.signUp('applicant'),
      programme.id,
      uniqueName('Ressourcerie'),
    );

    // The submission's e-mail is the last to come: from notifications, through the delivery log.
    const timeline = await eventually(
      async () => {
        const answer = await platform.call(`/v1/ops/applications/${applicationId}/timeline`, { token: operator });
        const view = answer.status === 200 ? await json<TimelinePageView>(answer) : undefined;
        const mailed = view?.items.some((entry) => entry.detail?.startsWith('application-submitted by e-mail'));
        return mailed ? view : undefined;
      },
      { what: 'the submission e-mail in the timeline', timeoutMs: 30_000, intervalMs: 500 },
    );

    const types = timeline.items.map((entry) => entry.type);
    expect(types.slice(0, 3)).toEqual(['application.drafted', 'application.submitted', 'application.screened']);
    expect(types).toContain('notification.sent');
    const times = timeline.items.map((entry) => entry.occurredAt);
    expect(times).toEqual([...times].sort());
    const [drafted, submitted, screened] = timeline.items;
    expect(drafted).toEqual(
      expect.objectContaining({
        source: 'applications',
        subject: applicationId,
        topic: 'pollen.applications.application-events.v2',
      }),
    );
    expect(screened.detail).toBe('eligible');
    // One request submitted and screened it: one correlation (trace ids come with tracing: tracing.e2e).
    expect(screened.correlationId).toBe(submitted.correlationId);
    expect(screened.causationId).not.toBeNull();
    // The submission's e-mail, sent later by the mail dispatcher, is told as that request's consequence.
    const sent = timeline.items.find(
      (entry) => entry.type === 'notification.sent' && entry.detail?.startsWith('application-submitted'),
    );
    expect(sent).toEqual(
      expect.objectContaining({
        source: 'notifications',
        detail: 'application-submitted by e-mail, attempt 1',
        correlationId: submitted.correlationId,
        causationId: submitted.eventId,
      }),
    );

    const script = path.join(__dirname, '..', '..', '..', 'tools', 'ops', 'ops.mjs');
    const printed = execFileSync(process.execPath, [script, 'timeline', applicationId], {
      env: { ...process.env, POLLEN_API: platform.gateway.url },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(printed).toMatch(new RegExp(`^timeline of application ${applicationId}`));
    for (const type of ['application.drafted', 'application.submitted', 'application.screened', 'notification.sent']) {
      expect(printed).toMatch(new RegExp(`^\\S+\\s+\\S+\\s+${type.replace('.', '\\.')}\\b`, 'm'));
    }
  });
});
