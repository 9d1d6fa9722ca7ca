import { ConfigResourceTypes, Kafka, logLevel, Partitioners } from 'kafkajs';
import mongoose from 'mongoose';
import PDFDocument from 'pdfkit';

import { CompactionForcer, eventually, searchDatabase, searchTopics, testInfrastructure, uniqueName } from '../src';

/**
 * The scanners the personal-data end-to-end test relies on, against the real broker and database:
 * a compacted topic forgets a tombstoned key once compaction is forced, and a stored document is
 * found by what its binary field says.
 */
const pdfOf = (text: string) =>
  new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.text(text);
    doc.end();
  });

describe('personal-data scanners', () => {
  const { kafkaBrokers, mongoUri } = testInfrastructure();
  const kafka = new Kafka({ clientId: uniqueName('scanners'), brokers: kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const topic = uniqueName('compacted');
  const secret = uniqueName('anouk.quintavalle');
  const needles = { secret };

  beforeAll(async () => {
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          numPartitions: 2,
          replicationFactor: 1,
          configEntries: [
            { name: 'cleanup.policy', value: 'compact' },
            { name: 'max.compaction.lag.ms', value: '86400000' },
          ],
        },
      ],
    });
  });

  afterAll(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('finds a tombstoned key’s message until compaction is forced, then no more, and restores the topic', async () => {
    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'person', value: JSON.stringify({ email: secret }) }] });
    await producer.send({
      topic,
      messages: [
        { key: 'other', value: '{}' },
        { key: 'person', value: null },
      ],
    });
    await producer.disconnect();
    const before = await searchTopics(kafka, [topic], needles);
    expect(before.hits.map((hit) => [hit.topic, hit.found])).toEqual([[topic, ['secret']]]);

    const forcer = await CompactionForcer.force(kafka, [{ name: topic, partitions: 2 }]);
    try {
      await eventually(async () => (await searchTopics(kafka, [topic], needles)).hits.length === 0, {
        what: 'the tombstoned message compacted away',
        timeoutMs: 40_000,
        intervalMs: 1_000,
      });
    } finally {
      await forcer.restore();
    }
    const [config] = (
      await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
      })
    ).resources;
    const own = config.configEntries.filter((entry) => entry.configSource === 1).map((entry) => entry.configName);
    expect(own.sort()).toEqual(['cleanup.policy', 'max.compaction.lag.ms']);
  }, 60_000);

  it('finds a name in a stored PDF, and reports the document it is in', async () => {
    const database = uniqueName('scanners');
    const connection = await mongoose.createConnection(mongoUri, { dbName: database }).asPromise();
    try {
      const files = connection.collection('files');
      await files.insertMany([
        { _id: 'doc-1' as never, data: await pdfOf(`Signé par ${secret}`) },
        { _id: 'doc-2' as never, data: Buffer.from('nobody') },
      ]);
      const hits = await searchDatabase(mongoUri, database, needles);
      expect(hits.map((hit) => [hit.collection, hit.id, hit.found])).toEqual([['files', 'doc-1', ['secret']]]);
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });
});
