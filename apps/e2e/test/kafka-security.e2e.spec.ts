import { allTopics, Topics } from '@pollen/contracts';
import { eventually, uniqueName } from '@pollen/testing';
import { type Consumer, type Kafka, logLevel } from 'kafkajs';

import { Platform } from './platform';
import { SecureKafka } from './secure-kafka';

/**
 * Kafka with SCRAM over TLS and the catalogue's ACLs (tools/infra's secure profile, as Strimzi
 * does in a cluster): a client must log in, and a service's user may use its own topics and groups
 * only. Then the gateway and applications, each as its own user, serve a real journey through it.
 * The full suite runs this way with `npm run test:secure`.
 */
describe('Kafka authentication and ACLs', () => {
  let kafka: SecureKafka;
  let admin: Record<string, string>;
  let applications: Record<string, string>;
  const clients: { disconnect(): Promise<void> }[] = [];
  let platform: Platform | undefined;

  beforeAll(async () => {
    kafka = await SecureKafka.start();
    [admin, applications] = await Promise.all([kafka.env(), kafka.env('applications')]);
  });

  // Before the services start: a probe left in group `applications` would join theirs.
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.disconnect().catch(() => undefined)));
  });

  afterAll(async () => {
    await platform?.stop();
    await kafka?.stop();
  });

  const connectedAdmin = async (client: Kafka) => {
    const connected = client.admin();
    clients.push(connected);
    await connected.connect();
    return connected;
  };
  const producerOf = async (client: Kafka) => {
    const producer = client.producer({ allowAutoTopicCreation: false });
    clients.push(producer);
    await producer.connect();
    return producer;
  };

  /** Runs `consumer` on `topic` and resolves at its first fetch, or rejects with why it crashed. */
  const firstFetch = async (consumer: Consumer, topic: string): Promise<void> => {
    clients.push(consumer);
    const fetched = new Promise<void>((resolve, reject) => {
      consumer.on(consumer.events.FETCH, () => resolve());
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: false });
    await Promise.all([consumer.run({ eachMessage: async () => undefined }), fetched]);
  };
  const consumerOf = (client: Kafka, groupId: string) =>
    client.consumer({
      groupId,
      sessionTimeout: 6000,
      heartbeatInterval: 1000,
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
      retry: { retries: 0, restartOnFailure: async () => false },
    });

  it('lets the super user in, and no client without a login or with a wrong password', async () => {
    await expect((await connectedAdmin(kafka.client(admin))).describeCluster()).resolves.toBeDefined();

    const anonymous = kafka.client({
      ...admin,
      KAFKA_SASL_MECHANISM: '',
      KAFKA_SASL_USERNAME: '',
      KAFKA_SASL_PASSWORD: '',
    });
    await expect(connectedAdmin(anonymous).then((client) => client.describeCluster())).rejects.toThrow();

    const wrong = kafka.client({ ...applications, KAFKA_SASL_PASSWORD: 'not-its-password' });
    await expect(connectedAdmin(wrong)).rejects.toThrow(/SASL|authentication/i);
  });

  it("lets a service write its own topics and read its requests in its own group, and nothing of another's", async () => {
    const asApplications = kafka.client(applications);
    // A wake-up on applications' relay topic: an empty record, harmless to whoever reads it.
    const ownTopic = allTopics().find((topic) => topic.owner === 'applications' && topic.kind === 'coordination');
    if (!ownTopic) throw new Error('the catalogue has no coordination topic of applications');
    const producer = await producerOf(asApplications);
    await expect(producer.send({ topic: ownTopic.name, acks: -1, messages: [{ value: null }] })).resolves.toHaveLength(
      1,
    );

    await firstFetch(consumerOf(asApplications, 'applications'), Topics.applicationRequests.name);

    const matchingTopic = Topics.matchEvents;
    expect(matchingTopic.owner).toBe('matching');
    await expect(
      producer.send({ topic: matchingTopic.name, acks: -1, messages: [{ value: '{}' }] }),
    ).rejects.toMatchObject({ type: 'TOPIC_AUTHORIZATION_FAILED' });

    // kafkajs reports a refused group as "Failed to find group coordinator": its debug log has why.
    const refusals: string[] = [];
    const watched = kafka.client(applications, {
      logLevel: logLevel.DEBUG,
      logCreator: () => (entry) => {
        const type = (entry.log as { error?: { type?: string } }).error?.type;
        if (type) refusals.push(type);
      },
    });
    await expect(firstFetch(consumerOf(watched, 'matching'), Topics.applicationRequests.name)).rejects.toThrow(
      /group coordinator/,
    );
    expect(refusals).toContain('GROUP_AUTHORIZATION_FAILED');
  });

  it('serves a real journey through the gateway, each service as its own Kafka user', async () => {
    const [applicationsEnv, gatewayEnv] = await Promise.all([kafka.env('applications'), kafka.env('gateway')]);
    platform = await Platform.start([], { applications: applicationsEnv, gateway: gatewayEnv });
    const applicant = await platform.signUp();
    const programme = await platform.createProgramme(await platform.operator());
    const draft = await platform.draft(applicant, {
      programmeId: programme.id,
      organisation: { name: uniqueName('La Cyclofficine'), siren: '732829320' },
    });
    expect(draft).toMatchObject({ programmeId: programme.id, status: 'draft' });
    await eventually(
      async () => (await platform?.call(`/v1/applications/${draft.id}`, { token: applicant }))?.status === 200,
      {
        what: 'the draft, read back through the gateway',
      },
    );
  });
});
