import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';

import { ConfigError, loadConfig } from '@pollen/platform/config';

import { GatewayConfig } from './gateway.config';

const base = { KAFKA_BROKERS: 'kafka:9092', MONGODB_URI: 'mongodb://mongo:27017' };

const actorKeys = () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    ACTOR_SIGNING_KEY: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    ACTOR_VERIFY_KEY: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
};
/** A production gateway's own keys, not the repository's. */
const ownKeys = actorKeys();

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

  it('refuses the development actor keys in production, naming them', () => {
    expect(() =>
      loadConfig(GatewayConfig, {
        ...base,
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(48),
        POLLEN_OPERATOR_PASSWORD: 'a real operator password',
      }),
    ).toThrow(/ACTOR_VERIFY_KEY: its local default[\s\S]*ACTOR_SIGNING_KEY: its local default/);
  });

  it('refuses a signing key whose public half the services are not given', () => {
    expect(() =>
      loadConfig(GatewayConfig, { ...base, NODE_ENV: 'test', ACTOR_SIGNING_KEY: actorKeys().ACTOR_SIGNING_KEY }),
    ).toThrow(/ACTOR_SIGNING_KEY: its public key is not among ACTOR_VERIFY_KEY/);
    const rotating = { ...ownKeys, ACTOR_VERIFY_KEY: actorKeys().ACTOR_VERIFY_KEY + ownKeys.ACTOR_VERIFY_KEY };
    expect(loadConfig(GatewayConfig, { ...base, NODE_ENV: 'test', ...rotating }).actorVerifyKeys).toHaveLength(2);
  });

  it('starts in production with real secrets', () => {
    const sut = loadConfig(GatewayConfig, {
      ...base,
      ...ownKeys,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(48),
      POLLEN_OPERATOR_PASSWORD: 'a real operator password',
    });
    expect(sut.NODE_ENV).toBe('production');
  });

  describe('API_DOCS', () => {
    const production = {
      ...base,
      ...ownKeys,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(48),
      POLLEN_OPERATOR_PASSWORD: 'x'.repeat(12),
    };

    it('serves /docs by default, except in production', () => {
      expect(loadConfig(GatewayConfig, { ...base, NODE_ENV: 'test' }).apiDocs).toBe(true);
      expect(loadConfig(GatewayConfig, production).apiDocs).toBe(false);
    });

    it('is what the variable says when set, "false" included', () => {
      expect(loadConfig(GatewayConfig, { ...production, API_DOCS: 'true' }).apiDocs).toBe(true);
      expect(loadConfig(GatewayConfig, { ...base, NODE_ENV: 'development', API_DOCS: 'false' }).apiDocs).toBe(false);
    });

    it('refuses anything but true or false', () => {
      expect(() => loadConfig(GatewayConfig, { ...base, NODE_ENV: 'test', API_DOCS: 'yes' })).toThrow(
        /API_DOCS="yes": API_DOCS must be true or false/,
      );
    });
  });

  describe('the portal', () => {
    const test = { ...base, NODE_ENV: 'test' };

    it('allows no other origin by default, and reads PORTAL_ORIGINS as a list of origins', () => {
      expect(loadConfig(GatewayConfig, test).portalOrigins).toEqual([]);
      expect(
        loadConfig(GatewayConfig, { ...test, PORTAL_ORIGINS: ' http://localhost:5173 ,, HTTPS://Portal.Example/ ' })
          .portalOrigins,
      ).toEqual(['http://localhost:5173', 'https://portal.example']);
    });

    it('refuses an entry of PORTAL_ORIGINS that is no origin, naming it', () => {
      expect(() =>
        loadConfig(GatewayConfig, { ...test, PORTAL_ORIGINS: 'https://portal.example/app,portal.example' }),
      ).toThrow(/PORTAL_ORIGINS: "https:\/\/portal.example\/app" is not an origin[\s\S]*"portal.example"/);
    });

    it('finds the built portal under the working directory unless PORTAL_DIR says where', () => {
      expect(loadConfig(GatewayConfig, test).portalDir).toBe(path.join(process.cwd(), 'dist', 'apps', 'portal'));
      expect(loadConfig(GatewayConfig, { ...test, PORTAL_DIR: '/srv/portal' }).portalDir).toBe('/srv/portal');
    });
  });

  it('refuses a short JWT secret', () => {
    expect(() => loadConfig(GatewayConfig, { ...base, NODE_ENV: 'test', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});
