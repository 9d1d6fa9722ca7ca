import { randomUUID } from 'node:crypto';

import type { INestApplication } from '@nestjs/common';
import { deadLetterTopicOf, type EventEnvelope, Headers, Topics } from '@pollen/contracts';
import { eventually, expectHealthAndMetrics, KafkaProbe, startServiceUnderTest } from '@pollen/testing';
import { applicationDrafted } from '@pollen/testing';
import type { Connection } from 'mongoose';

import { AppModule, kafkaOptionsOf } from '../src/app.module';
import { MatchingConfig } from '../src/config/matching.config';
import type { ApplicationProjection } from '../src/domain/application-projection';
import { ApplicationProjectionStore } from '../src/repositories/application-projection.store';

// Everything this test sends goes to one partition: the service handles a partition in order, so
// once the last message's effect is visible, every earlier one has been handled.
const PARTITION = 0;

interface ProjectionDocument extends Omit<ApplicationProjection, 'applicationId'> {
  _id: string;
}

describe('matching against the real Kafka and database', () => {
  const dlt = deadLetterTopicOf(Topics.applicationEvents, 'matching').name;
  let app: INestApplication;
  let db: Connection;
  let probe: KafkaProbe;

  const send = (...messages: { key: string; value: string }[]) =>
    probe.send(
      Topics.applicationEvents.name,
      messages.map((message) => ({ ...message, partition: PARTITION })),
    );
  const sendEvents = (...events: EventEnvelope[]) =>
    send(...events.map((event) => ({ key: event.subject, value: JSON.stringify(event) })));
  const projections = () => db.collection<ProjectionDocument>('application_projections');
  const projectionOf = (id: string) => projections().findOne({ _id: id });
  const projected = (id: string) =>
    eventually(async () => (await projectionOf(id)) ?? undefined, { what: `projection of ${id}` });

  beforeAll(async () => {
    ({ app, db } = await startServiceUnderTest({
      name: 'matching',
      config: MatchingConfig,
      kafkaOptions: kafkaOptionsOf,
      module: (config, kafka) => AppModule.register(config, kafka),
    }));
    probe = new KafkaProbe();
    await probe.listen([dlt]);
  });

  afterAll(async () => {
    await probe?.close();
    await db?.dropDatabase().catch(() => undefined);
    await app?.close();
  });

  it('serves liveness, readiness and metrics', () =>
    expectHealthAndMetrics(app, 'pollen_matching_application_events_total'));

  it('projects a drafted application once, then drops a redelivery and an older version', async () => {
    const drafted = applicationDrafted();
    const applicationId = drafted.subject;
    const ownerId = drafted.data.ownerId;
    const newer = applicationDrafted({
      applicationId,
      aggregateVersion: 3,
      data: { ownerId, status: 'submitted', request: { amountCents: 9_000_000, instrument: 'grant' } },
    });
    const older = applicationDrafted({ applicationId, aggregateVersion: 2, data: { ownerId, status: 'withdrawn' } });
    const last = applicationDrafted();

    await sendEvents(drafted, drafted, newer, older, last);

    await projected(last.subject);
    const projection = await projectionOf(applicationId);
    expect(projection).toMatchObject({
      _id: applicationId,
      ownerId,
      programmeId: drafted.data.programmeId,
      status: 'submitted',
      request: { amountCents: 9_000_000, instrument: 'grant' },
      organisation: {
        name: 'Les Jardins Partagés',
        siren: drafted.data.organisation.siren,
        legalForm: 'scic',
        region: 'FR-NAQ',
        esus: { certified: true, expiresOn: '2028-06-30' },
      },
      project: { title: 'Maraîchage d’insertion', impactAreas: ['inclusion', 'food-waste'], stage: 'seed' },
      version: 3,
      lastEventId: newer.id,
    });
    expect(await projections().countDocuments({ ownerId })).toBe(1);
  });

  it('guards order and redelivery with a single upsert on this database', async () => {
    const sut = app.get(ApplicationProjectionStore);
    const applicationId = randomUUID();
    const at = (version: number, status: 'draft' | 'submitted'): ApplicationProjection => ({
      applicationId,
      programmeId: 'prog-1',
      ownerId: 'acc-1',
      status,
      organisation: {},
      project: {},
      request: {},
      shareWithInvestors: false,
      version,
      lastEventId: `event-${version}`,
    });

    expect(await sut.saveIfNewer(at(2, 'draft'))).toBe(true);
    expect(await sut.saveIfNewer(at(2, 'draft'))).toBe(false);
    expect(await sut.saveIfNewer(at(1, 'submitted'))).toBe(false);
    expect(await projectionOf(applicationId)).toMatchObject({ version: 2, status: 'draft', lastEventId: 'event-2' });
    expect(await sut.saveIfNewer(at(3, 'submitted'))).toBe(true);
    expect(await projectionOf(applicationId)).toMatchObject({
      version: 3,
      status: 'submitted',
      lastEventId: 'event-3',
    });
  });

  it('dead-letters a malformed envelope, passes over unknown types, and goes on with the partition', async () => {
    const key = `malformed-${randomUUID()}`;
    const unknown = { ...applicationDrafted(), type: 'application.commented', data: {} };
    const after = applicationDrafted();

    await send(
      { key, value: JSON.stringify({ id: randomUUID(), type: 'application.drafted', subject: key }) },
      { key: unknown.subject, value: JSON.stringify(unknown) },
    );
    await sendEvents(after);

    await projected(after.subject);
    expect(await projectionOf(unknown.subject)).toBeNull();
    const deadLetter = await probe.waitFor(
      (message) => message.topic === dlt && message.key === key && message.headers[Headers.dltGroup] === 'matching',
    );
    expect(deadLetter.headers[Headers.dltReason]).toBe('malformed');
    expect(deadLetter.headers[Headers.dltError]).toBe('invalid event envelope: aggregateVersion, data');
    expect(
      probe.received.filter(
        (message) => message.key === unknown.subject && message.headers[Headers.dltGroup] === 'matching',
      ),
    ).toHaveLength(0);
  });
});
