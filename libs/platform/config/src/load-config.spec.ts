import { ConfigError, loadConfig } from './load-config';
import { ServiceEnv } from './service-env';

class TestEnv extends ServiceEnv {
  override PORT = 3999;
  override MONGODB_DATABASE = 'pollen-test';
}

const valid = { KAFKA_BROKERS: '127.0.0.1:9092, kafka:9093', MONGODB_URI: 'mongodb://127.0.0.1:27017' };

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
});
