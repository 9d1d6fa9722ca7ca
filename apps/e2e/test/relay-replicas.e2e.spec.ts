import { type EventEnvelope, Topics } from '@pollen/contracts';
import { eventually, KafkaProbe, type ServiceProcess } from '@pollen/testing';

import { Platform } from './platform';

/** The sum of a metric's samples whose labels contain `labels` (`name{…} value` lines). */
const sampled = (text: string, name: string, labels: string): number =>
  text
    .split('\n')
    .filter((line) => (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);

/**
 * Two replicas of applications share one database and split its request partitions: both write,
 * only the elected one relays the outboxes, so every event goes out once and in order.
 */
describe('several replicas of a service, end to end', () => {
  let platform: Platform;
  let second: ServiceProcess;
  let probe: KafkaProbe;

  beforeAll(async () => {
    // A burst on two cores: time enough for the answers under load, which this test is not about.
    platform = await Platform.start([], { gateway: { REQUEST_TIMEOUT_MS: '10000' } });
    second = await platform.replica('applications');
    probe = new KafkaProbe();
    await probe.listen([Topics.applicationEvents.name]);
    // The second replica's arrival moves the election: the steady state, one leader, is what this
    // test is about (a handover may publish a batch twice: ADR 0019).
    await eventually(async () => (await leaders()).reduce((sum, leads) => sum + leads, 0) === 1, {
      timeoutMs: 30_000,
      what: 'one replica elected to relay',
    });
  });

  const leaders = (): Promise<number[]> =>
    Promise.all(
      [platform.applications, second].map(async (replica) =>
        sampled(await replica.metrics(), 'pollen_outbox_relay_leader', ''),
      ),
    );

  afterAll(async () => {
    await probe?.close();
    await platform?.stop();
  }, 120_000);

  it('publishes each event of a create-then-submit burst once, in order, whichever replica wrote it', async () => {
    const token = await platform.signUp();
    const { id: programmeId } = await platform.createProgramme(await platform.operator());
    const replicas = [platform.applications, second];
    const handledBefore = await Promise.all(replicas.map(handledRequests));

    const ids = await Promise.all(
      Array.from({ length: 16 }, (_, i) => platform.submitted(token, programmeId, `Association ${i}`)),
    );

    const eventsOf = (id: string): EventEnvelope[] =>
      probe.received
        .filter((message) => message.key === id)
        .map((message) => JSON.parse(message.value) as EventEnvelope);
    await eventually(() => ids.every((id) => eventsOf(id).some((event) => event.type === 'application.submitted')), {
      timeoutMs: 30_000,
      what: 'every application submitted on the topic',
    });
    // Long enough for a second relay, if there were one, to publish its copies.
    await new Promise((resolve) => setTimeout(resolve, 2000));

    for (const id of ids) {
      const events = eventsOf(id);
      const versions = events.map((event) => event.aggregateVersion);
      expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
    }
    // Both replicas took commands, and one of them relayed.
    const handled = await Promise.all(replicas.map(handledRequests));
    expect(handled.every((count, i) => count > handledBefore[i])).toBe(true);
    expect((await leaders()).sort()).toEqual([0, 1]);
  }, 90_000);
});

/** How many requests a replica has handled. */
async function handledRequests(replica: ServiceProcess): Promise<number> {
  return sampled(
    await replica.metrics(),
    'pollen_messages_consumed_total',
    `topic="${Topics.applicationRequests.name}"`,
  );
}
