import { type EventEnvelope, Topics } from '@pollen/contracts';
import { eventually, KafkaProbe, type ServiceProcess, testInfrastructure } from '@pollen/testing';
import mongoose from 'mongoose';

import { aDraft, Platform } from './platform';

/** The sum of a metric's samples whose labels contain `labels` (`name{…} value` lines). */
const sampled = (text: string, name: string, labels: string): number =>
  text
    .split('\n')
    .filter((line) => (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) && line.includes(labels))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);

/**
 * Two replicas of applications share one database and split its request partitions: both write,
 * only the elected one relays the outboxes, so every event goes out once and in order.
 * FerretDB's compare-and-set is not atomic (docs/status.md, known limits): a replica writing a
 * document while the relaying one clears that document's outbox may lose or repeat an event there,
 * where MongoDB retries. So the burst comes in two waves (drafts, then their submissions), the
 * second once every outbox is empty: each write of a wave meets no clearing of its document.
 */
describe('several replicas of a service, end to end', () => {
  let platform: Platform;
  let second: ServiceProcess;
  let probe: KafkaProbe;

  beforeAll(async () => {
    platform = await Platform.start();
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

  /** Applications of this test whose outbox still holds events. */
  const waitingOutboxes = async (): Promise<number> => {
    const connection = await mongoose
      .createConnection(testInfrastructure().mongoUri, { dbName: platform.databases['applications'] })
      .asPromise();
    try {
      return await connection.collection('applications').countDocuments({ hasOutbox: true });
    } finally {
      await connection.close();
    }
  };

  afterAll(async () => {
    await probe?.close();
    await platform?.stop();
  }, 120_000);

  it('publishes each event of a create-then-submit burst once, in order, whichever replica wrote it', async () => {
    const token = await platform.signUp();
    const { id: programmeId } = await platform.createProgramme(await platform.operator());
    const replicas = [platform.applications, second];
    const handledBefore = await Promise.all(replicas.map(handledRequests));

    const eventsOf = (id: string): EventEnvelope[] =>
      probe.received
        .filter((message) => message.key === id)
        .map((message) => JSON.parse(message.value) as EventEnvelope);
    const published = (type: string, ids: string[]) =>
      eventually(() => ids.every((id) => eventsOf(id).some((event) => event.type === type)), {
        timeoutMs: 30_000,
        what: `every ${type} on the topic`,
      });

    const ids = await Promise.all(
      Array.from(
        { length: 16 },
        async (_, i) =>
          (await platform.draft(token, aDraft(programmeId, `Association ${i}`, { shareWithInvestors: false }))).id,
      ),
    );
    await published('application.drafted', ids);
    await eventually(async () => (await waitingOutboxes()) === 0, { what: 'every outbox emptied' });
    const submits = await Promise.all(
      ids.map((id) => platform.call(`/v1/applications/${id}/submit`, { method: 'POST', token })),
    );
    expect(submits.map((submit) => submit.status)).toEqual(ids.map(() => 202));
    await published('application.submitted', ids);
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
