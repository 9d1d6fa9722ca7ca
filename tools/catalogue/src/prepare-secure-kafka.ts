// Run by tools/infra when it starts the secure profile's broker, as its super user (the
// KAFKA_SASL_* and KAFKA_SSL* it is given): waits for the broker, creates the catalogue's topics
// (the services may not: they only check them there, as in production) and gives each service's
// user exactly the ACLs its Strimzi KafkaUser has (aclsOf).
//   KAFKA_BROKERS=… KAFKA_SASL_USERNAME=admin … node -r @swc-node/register tools/catalogue/src/prepare-secure-kafka.ts
import { allTopics, KAFKA_ENVIRONMENTS } from '@pollen/contracts';
import { KafkaSecurityEnv, loadConfig, toList } from '@pollen/platform/config';
import { ensureTopics, kafkaSecurityConfig, kafkaSecurityOf } from '@pollen/platform/kafka';
import { Kafka, logLevel } from 'kafkajs';

import { aclsInForce, syncKafkaAcls } from './kafka-acls';

const READY_WITHIN_MS = 60_000;

async function main(): Promise<void> {
  const brokers = toList({ value: process.env['KAFKA_BROKERS'] ?? '' }) as string[];
  const security = kafkaSecurityOf(loadConfig(KafkaSecurityEnv, process.env));
  const kafka = new Kafka({
    clientId: 'pollen-infra-secure',
    brokers,
    ...kafkaSecurityConfig(security),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    try {
      await admin.connect();
      await admin.describeCluster();
      // Creates __consumer_offsets now, so the first consumer group of a test does not wait for it.
      await admin.describeGroups(['pollen-infra-warmup']);
      break;
    } catch (error) {
      await admin.disconnect().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    await ensureTopics(kafka, allTopics(), 'create', KAFKA_ENVIRONMENTS.local);
    const { created, deleted } = await syncKafkaAcls(admin);
    while (!(await aclsInForce(admin))) {
      if (Date.now() > deadline) throw new Error('the ACLs were created but the broker does not apply them yet');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.stderr.write(
      `[infra] secure Kafka: topics ready, ACLs from the catalogue (${created} created, ${deleted} removed)\n`,
    );
  } finally {
    await admin.disconnect();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`[infra] preparing the secure Kafka failed: ${error.message}\n`);
  process.exit(1);
});
