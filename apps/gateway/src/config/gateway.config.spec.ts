import { ConfigError, loadConfig } from '@pollen/platform/config';

import { GatewayConfig } from './gateway.config';

const base = { KAFKA_BROKERS: 'kafka:9092', MONGODB_URI: 'mongodb://mongo:27017' };

describe('GatewayConfig', () => {
  it('runs on local defaults in development', () => {
    const sut = loadConfig(GatewayConfig, { ...base, NODE_ENV: 'development' });
    expect(sut.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(sut.POLLEN_OPERATOR_EMAIL).toBe('operator@pollen.local');
  });

  it('refuses to start in production on a default secret or password, naming them', () => {
    expect(() => loadConfig(GatewayConfig, { ...base, NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig(GatewayConfig, { ...base, NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET[\s\S]*POLLEN_OPERATOR_PASSWORD/,
    );
  });

  it('refuses to start on a default secret or password when NODE_ENV is unset, naming them', () => {
    expect(() => loadConfig(GatewayConfig, base)).toThrow(/JWT_SECRET[\s\S]*POLLEN_OPERATOR_PASSWORD/);
    expect(() => loadConfig(GatewayConfig, { ...base, JWT_SECRET: 'x'.repeat(48) })).toThrow(
      /POLLEN_OPERATOR_PASSWORD: .*NODE_ENV is unset/,
    );
  });

  it('starts in production with real secrets', () => {
    const sut = loadConfig(GatewayConfig, {
      ...base,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(48),
      POLLEN_OPERATOR_PASSWORD: 'a real operator password',
    });
    expect(sut.NODE_ENV).toBe('production');
  });

  it('refuses a short JWT secret', () => {
    expect(() => loadConfig(GatewayConfig, { ...base, NODE_ENV: 'test', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});
