import { generateKeyPairSync } from 'node:crypto';

import { loadConfig, ServiceEnv } from '@pollen/platform/config';

import { serviceKafkaOptions } from './service-platform';

const env = {
  PORT: '3999',
  MANAGEMENT_PORT: '9999',
  KAFKA_BROKERS: '127.0.0.1:9092',
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  MONGODB_DATABASE: 'x',
  ACTOR_VERIFY_KEY: generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString(),
};

describe('serviceKafkaOptions', () => {
  it('joins Kafka as the named service, with the configured brokers and instance id', () => {
    const config = loadConfig(ServiceEnv, { ...env, POLLEN_INSTANCE_ID: 'pod-7', KAFKA_TOPICS_MODE: 'check' });
    const options = serviceKafkaOptions('matching', config);
    expect(options).toEqual({
      service: 'matching',
      brokers: ['127.0.0.1:9092'],
      // Neither SASL nor TLS configured: a plaintext broker, as on a laptop.
      security: {},
      instanceId: expect.stringMatching(/^pod-7-[0-9a-f]{8}$/),
      topicsMode: 'check',
      // Topics it only checks were made by the platform: production's replication unless told.
      replication: { replicationFactor: 3, minInSyncReplicas: 2 },
      profile: 'fast',
      requestSafetyMarginMs: 250,
    });
    // Topics it creates are on one broker; a single-broker staging says so for checked ones.
    const local = { replicationFactor: 1, minInSyncReplicas: 1 };
    expect(serviceKafkaOptions('matching', loadConfig(ServiceEnv, env)).replication).toEqual(local);
    const staging = loadConfig(ServiceEnv, { ...env, KAFKA_TOPICS_MODE: 'check', KAFKA_ENVIRONMENT: 'local' });
    expect(serviceKafkaOptions('matching', staging).replication).toEqual(local);
    // Two replicas configured alike still get ids of their own.
    expect(serviceKafkaOptions('matching', config).instanceId).not.toBe(options.instanceId);
  });

  it('gives every instance its own id when none is configured, and production timings in production', () => {
    const config = loadConfig(ServiceEnv, { ...env, NODE_ENV: 'production' });
    const first = serviceKafkaOptions('gateway', config);
    const second = serviceKafkaOptions('gateway', config);
    expect(first.instanceId).not.toBe(second.instanceId);
    expect(first.profile).toBe('production');
  });
});
