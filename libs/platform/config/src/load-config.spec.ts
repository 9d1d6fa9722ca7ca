import { generateKeyPairSync } from 'node:crypto';

import { IsString } from 'class-validator';

import { ConfigError, loadConfig } from './load-config';
import { LocalDefault } from './local-default';
import { ServiceEnv } from './service-env';

class TestEnv extends ServiceEnv {
  override PORT = 3999;
  override MANAGEMENT_PORT = 9999;
  override MONGODB_DATABASE = 'pollen-test';
}

class WithSecrets extends TestEnv {
  @IsString()
  @LocalDefault()
  SIGNING_KEY: string = 'a key from the repository';

  @IsString()
  @LocalDefault()
  SEED_PASSWORD: string = 'a password from the repository';

  @IsString()
  REGION: string = 'eu';
}

const valid = {
  KAFKA_BROKERS: '127.0.0.1:9092, kafka:9093',
  MONGODB_URI: 'mongodb://127.0.0.1:27017',
  // A key of its own: the development one is a local default too.
  ACTOR_VERIFY_KEY: generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString(),
};

describe('loadConfig', () => {
  it('reads, converts and defaults the environment', () => {
    const sut = loadConfig(TestEnv, { ...valid, PORT: '4000' });
    expect(sut.PORT).toBe(4000);
    expect(sut.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', 'kafka:9093']);
    expect(sut.MONGODB_DATABASE).toBe('pollen-test');
    expect(sut.NODE_ENV).toBe('development');
  });

  it('names every bad variable, hiding secrets', () => {
    const attempt = () =>
      loadConfig(TestEnv, { KAFKA_BROKERS: 'nope', MONGODB_URI: 'postgres://u:secret@x', PORT: 'x' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('KAFKA_BROKERS');
      expect(message).toContain('MONGODB_URI=[hidden]');
      expect(message).toContain('PORT');
      expect(message).not.toContain('secret');
    }
  });

  it('refuses a missing required variable', () => {
    expect(() => loadConfig(TestEnv, { MONGODB_URI: valid.MONGODB_URI })).toThrow(/KAFKA_BROKERS/);
  });

  describe('a local default (@LocalDefault)', () => {
    it('is refused while NODE_ENV is unset, naming every such variable and no other', () => {
      const attempt = () => loadConfig(WithSecrets, valid);
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(/SIGNING_KEY[\s\S]*NODE_ENV is unset[\s\S]*SEED_PASSWORD/);
      expect(attempt).not.toThrow(/REGION/);
    });

    it('is refused in production, even when set again to the default value', () => {
      expect(() =>
        loadConfig(WithSecrets, { ...valid, NODE_ENV: 'production', SEED_PASSWORD: 'a password of its own' }),
      ).toThrow(/SIGNING_KEY/);
      expect(() =>
        loadConfig(WithSecrets, { ...valid, NODE_ENV: 'production', SIGNING_KEY: 'a key from the repository' }),
      ).toThrow(/SIGNING_KEY/);
    });

    it.each(['development', 'test'])('is accepted when NODE_ENV is %s', (nodeEnv) => {
      expect(loadConfig(WithSecrets, { ...valid, NODE_ENV: nodeEnv }).SIGNING_KEY).toBe('a key from the repository');
    });

    it('is not needed once every marked variable has a value of its own', () => {
      const sut = loadConfig(WithSecrets, { ...valid, SIGNING_KEY: 'k'.repeat(40), SEED_PASSWORD: 'p'.repeat(20) });
      expect(sut.NODE_ENV).toBe('development');
    });
  });
});
