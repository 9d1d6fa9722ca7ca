import { generateKeyPairSync } from 'node:crypto';

import { ed25519PrivateKeyOf, ed25519PublicKeysOf, holdsLocalActorKey, LOCAL_ACTOR_KEYS } from './actor-keys';
import { loadConfig } from './load-config';
import { ServiceEnv } from './service-env';

const pair = () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
};
const base64 = (text: string) => Buffer.from(text).toString('base64');
const env = {
  KAFKA_BROKERS: 'kafka:9092',
  MONGODB_URI: 'mongodb://mongo:27017',
  PORT: '3999',
  MANAGEMENT_PORT: '3998',
  MONGODB_DATABASE: 'x',
};

describe('actor keys', () => {
  it('reads PEM or its base64, and several public keys while one is rotated', () => {
    const [first, second] = [pair(), pair()];
    expect(ed25519PrivateKeyOf(base64(first.privatePem)).asymmetricKeyType).toBe('ed25519');
    expect(ed25519PublicKeysOf(first.publicPem + second.publicPem)).toHaveLength(2);
    expect(ed25519PublicKeysOf(base64(first.publicPem))).toHaveLength(1);
  });

  it('refuses a key of another kind, and a private key where public keys belong', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => ed25519PrivateKeyOf(rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString())).toThrow(
      /rsa key, not Ed25519/,
    );
    expect(() => ed25519PublicKeysOf(pair().privatePem)).toThrow(/private key/);
    expect(() => ed25519PublicKeysOf('not a key')).toThrow();
  });

  it('lets every service check the development pair in development and test only', () => {
    expect(loadConfig(ServiceEnv, { ...env, NODE_ENV: 'test' }).ACTOR_VERIFY_KEY).toBe(LOCAL_ACTOR_KEYS.verify);
    expect(() => loadConfig(ServiceEnv, { ...env, NODE_ENV: 'production' })).toThrow(
      /ACTOR_VERIFY_KEY: its local default is accepted only when NODE_ENV is development or test/,
    );
    const own = loadConfig(ServiceEnv, { ...env, NODE_ENV: 'production', ACTOR_VERIFY_KEY: pair().publicPem });
    expect(own.actorVerifyKeys).toHaveLength(1);
  });

  it('knows the development key however it is written: base64, other line breaks, among rotated keys', () => {
    const local = LOCAL_ACTOR_KEYS.verify;
    for (const disguised of [base64(local), local.replace(/\n/g, '\r\n'), pair().publicPem + local]) {
      expect(() => loadConfig(ServiceEnv, { ...env, NODE_ENV: 'production', ACTOR_VERIFY_KEY: disguised })).toThrow(
        /ACTOR_VERIFY_KEY: its local default is accepted only when NODE_ENV is development or test/,
      );
    }
    expect(holdsLocalActorKey('private')(base64(LOCAL_ACTOR_KEYS.signing))).toBe(true);
    expect(holdsLocalActorKey('private')(pair().privatePem)).toBe(false);
  });

  it('refuses at boot a verify key that is not one, without printing the value', () => {
    const attempt = () => loadConfig(ServiceEnv, { ...env, NODE_ENV: 'test', ACTOR_VERIFY_KEY: 'oops-secret' });
    expect(attempt).toThrow(/ACTOR_VERIFY_KEY=\[hidden\]: ACTOR_VERIFY_KEY must be one or more SPKI PEM Ed25519/);
    expect(attempt).not.toThrow(/oops-secret/);
  });
});
