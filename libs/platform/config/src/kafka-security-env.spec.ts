import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { KafkaSecurityEnv } from './kafka-security-env';
import { ConfigError, loadConfig } from './load-config';
import { ServiceEnv } from './service-env';

const TestEnv = KafkaSecurityEnv;
const base = {};
const problems = (env: Record<string, string>): string => {
  try {
    loadConfig(TestEnv, { ...base, ...env });
    return '';
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
};

describe('Kafka security variables', () => {
  const ca = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pollen-ca-')), 'ca.pem');
  fs.writeFileSync(ca, '-----BEGIN CERTIFICATE-----\n');

  it('are read by every service', () => {
    expect(new ServiceEnv()).toBeInstanceOf(KafkaSecurityEnv);
  });

  it('are all optional: plaintext, no login', () => {
    const sut = loadConfig(TestEnv, base);
    expect(sut).toMatchObject({ KAFKA_SSL: false });
    expect(sut.KAFKA_SASL_USERNAME).toBeUndefined();
  });

  it('read a SCRAM login and TLS with a CA file', () => {
    const sut = loadConfig(TestEnv, {
      ...base,
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'applications',
      KAFKA_SASL_PASSWORD: 's3cret',
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: ca,
    });
    expect(sut).toMatchObject({
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'applications',
      KAFKA_SASL_PASSWORD: 's3cret',
      KAFKA_SSL: true,
      KAFKA_SSL_CA_FILE: ca,
    });
  });

  it('read KAFKA_SSL=false as false, not as a non-empty string', () => {
    expect(loadConfig(TestEnv, { ...base, KAFKA_SSL: 'false' }).KAFKA_SSL).toBe(false);
    expect(problems({ KAFKA_SSL: 'yes' })).toContain('KAFKA_SSL must be true or false');
  });

  it('refuse a user without its password, saying so and hiding the rest', () => {
    const message = problems({ KAFKA_SASL_USERNAME: 'applications' });
    expect(message).toContain('KAFKA_SASL_PASSWORD must be set when KAFKA_SASL_USERNAME is');
  });

  it('refuse a password or a mechanism without a user', () => {
    expect(problems({ KAFKA_SASL_PASSWORD: 's3cret' })).toMatch(/KAFKA_SASL_USERNAME=.*must be set when/);
    expect(problems({ KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toMatch(/KAFKA_SASL_USERNAME=.*must be set when/);
    expect(problems({ KAFKA_SASL_PASSWORD: 's3cret' })).not.toContain('s3cret');
  });

  it('refuse another mechanism than SCRAM', () => {
    expect(problems({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' })).toContain(
      'KAFKA_SASL_MECHANISM must be one of scram-sha-512, scram-sha-256',
    );
  });

  it('refuse a CA file without TLS, or one that cannot be read', () => {
    expect(problems({ KAFKA_SSL_CA_FILE: ca })).toContain('KAFKA_SSL_CA_FILE is set but KAFKA_SSL is not true');
    expect(problems({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: `${ca}.missing` })).toContain(
      'KAFKA_SSL_CA_FILE must name a readable PEM file',
    );
  });
});
