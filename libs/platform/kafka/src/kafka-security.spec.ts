import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { KAFKA_ENVIRONMENTS } from '@pollen/contracts';
import { KafkaSecurityEnv, loadConfig } from '@pollen/platform/config';

import { kafkaClientConfig, type KafkaModuleOptions } from './kafka-options';
import { kafkaSecurityConfig, kafkaSecurityOf } from './kafka-security';

const options: KafkaModuleOptions = {
  service: 'applications',
  brokers: ['127.0.0.1:9092'],
  instanceId: 'applications-1',
  topicsMode: 'check',
  replication: KAFKA_ENVIRONMENTS.local,
  profile: 'production',
  requestSafetyMarginMs: 250,
};
const securityOf = (env: Record<string, string>) => kafkaSecurityOf(loadConfig(KafkaSecurityEnv, env));

describe('Kafka security in the kafkajs configuration', () => {
  it('adds nothing without credentials or TLS: plaintext, anonymous', () => {
    const config = kafkaClientConfig({ ...options, security: securityOf({}) }, 'main');
    expect(config.sasl).toBeUndefined();
    expect(config.ssl).toBeUndefined();
    expect(kafkaClientConfig(options, 'main')).not.toHaveProperty('sasl');
  });

  it('logs in with SCRAM-SHA-512 unless told another mechanism', () => {
    const login = { KAFKA_SASL_USERNAME: 'applications', KAFKA_SASL_PASSWORD: 's3cret' };
    expect(kafkaClientConfig({ ...options, security: securityOf(login) }, 'main').sasl).toEqual({
      mechanism: 'scram-sha-512',
      username: 'applications',
      password: 's3cret',
    });
    expect(securityOf({ ...login, KAFKA_SASL_MECHANISM: 'scram-sha-256' }).sasl?.mechanism).toBe('scram-sha-256');
  });

  it("speaks TLS with the system's CAs, or trusts only the CA file it is given", () => {
    expect(kafkaSecurityConfig(securityOf({ KAFKA_SSL: 'true' })).ssl).toBe(true);
    const ca = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pollen-ca-')), 'ca.pem');
    fs.writeFileSync(ca, 'PEM');
    const config = kafkaClientConfig(
      { ...options, security: securityOf({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: ca }) },
      'consumer-events',
    );
    expect(config.ssl).toEqual({ ca: ['PEM'] });
    expect(config.clientId).toBe('applications-consumer-events-applications-1');
  });
});
