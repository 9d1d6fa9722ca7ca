import { type ApplicationView, type EventEnvelope, Topics } from '@pollen/contracts';
import {
  eventually,
  KafkaProbe,
  ServiceProcess,
  TEST_RATE_LIMITS,
  testInfrastructure,
  uniqueName,
} from '@pollen/testing';

import { json, Platform } from './platform';

/**
 * SIGTERM under load loses nothing: the service keeps serving while readiness fails (the drain
 * delay), stops taking work, finishes what it has, and publishes what it wrote before it exits.
 */
describe('graceful shutdown, end to end', () => {
  let platform: Platform;
  let probe: KafkaProbe;
  let draining: ServiceProcess;
  let token: string;
  let programmeId: string;

  beforeAll(async () => {
    platform = await Platform.start();
    // This test's own applications instance, with a drain delay as in production.
    await platform.applications.stop();
    const { kafkaBrokers, mongoUri } = testInfrastructure();
    draining = await ServiceProcess.start('applications', {
      KAFKA_BROKERS: kafkaBrokers.join(','),
      MONGODB_URI: mongoUri,
      MONGODB_DATABASE: uniqueName('e2e-shutdown'),
      NODE_ENV: 'test',
      ...TEST_RATE_LIMITS,
      SHUTDOWN_DRAIN_MS: '1500',
    });
    probe = new KafkaProbe();
    await probe.listen([Topics.applicationEvents.name]);
    token = await platform.signUp();
    programmeId = (await platform.createProgramme(await platform.operator())).id;
  });

  afterAll(async () => {
    await probe?.close();
    await draining?.stop();
    await platform?.stop();
  });

  it('fails readiness but serves through the drain delay, then publishes every accepted draft before it exits', async () => {
    const sirens = ['732829320', '552100554', '356000000', '123456782', '987654324', '443061841'];
    const drafts = sirens.map(async (siren, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 150));
      return platform.call('/v1/applications', {
        method: 'POST',
        token,
        body: { programmeId, organisation: { name: `Asso ${i}`, siren } },
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const stopped = draining.stop();

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await draining.ready()).toBe(503);
    expect((await fetch(`${draining.managementUrl}/health/live`)).status).toBe(200);

    const answers = await Promise.all(drafts);
    await stopped;
    const accepted = await Promise.all(
      answers.filter((answer) => answer.status === 201).map((answer) => json<ApplicationView>(answer)),
    );
    // Answered while it drained: at least the first ones; the others got 503 and a client retries them.
    expect(accepted.length).toBeGreaterThan(0);
    expect(answers.every((answer) => answer.status === 201 || answer.status === 503)).toBe(true);

    // Published by the last relay pass: no restart needed, each exactly once.
    await eventually(() => accepted.every(({ id }) => probe.eventsAbout(id).length > 0), {
      what: 'the drafted event of every accepted draft',
      timeoutMs: 10_000,
    });
    for (const { id } of accepted) {
      const events: EventEnvelope[] = probe.eventsAbout(id);
      expect(events.map((event) => event.type)).toEqual(['application.drafted']);
    }
  });
});
