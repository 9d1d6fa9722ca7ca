import { generateKeyPairSync, randomUUID } from 'node:crypto';

import { type RequestEnvelope, Topics } from '@pollen/contracts';

import { PoisonMessageError } from '../inbound-message';
import { actorSignatureOf, hasGenuineSignature } from './actor-signature';
import { ActorVerifier } from './actor-verifier';
import { canonicalJson } from './canonical-json';

const gateway = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');

const unsigned = (overrides: Partial<RequestEnvelope> = {}): RequestEnvelope => ({
  id: randomUUID(),
  type: 'applications.decide',
  version: 1,
  occurredAt: '2026-12-03T04:00:00.000Z',
  source: 'gateway',
  subject: 'app-1',
  correlationId: 'corr-1',
  actor: { id: 'op-1', roles: ['operator'] },
  locale: 'fr',
  deadline: '2026-12-03T04:00:05.000Z',
  replyTo: { topic: Topics.gatewayReplies.name, partition: 3, instance: 'gw-1' },
  data: { decision: 'funded', reason: 'Solid plan', expectedVersions: [4] },
  ...overrides,
});

const signed = (overrides: Partial<RequestEnvelope> = {}, key = gateway.privateKey): RequestEnvelope => {
  const request = unsigned(overrides);
  return { ...request, actorSignature: actorSignatureOf(request, key) };
};

/** What a service gets: the envelope as it crossed Kafka. */
const overTheWire = (request: RequestEnvelope): RequestEnvelope => JSON.parse(JSON.stringify(request));

describe('the actor signature', () => {
  const keys = [gateway.publicKey];

  it('verifies the request the gateway signed, once serialised and parsed', () => {
    expect(hasGenuineSignature(overTheWire(signed()), keys)).toBe(true);
  });

  it('verifies whatever order the members arrive in', () => {
    const request = signed();
    const reordered = JSON.parse(
      JSON.stringify({ ...request, data: { expectedVersions: [4], reason: 'Solid plan', decision: 'funded' } }),
    ) as RequestEnvelope;
    expect(Object.keys(reordered.data as object)[0]).toBe('expectedVersions');
    expect(hasGenuineSignature(reordered, keys)).toBe(true);
  });

  it.each<[string, (request: RequestEnvelope) => RequestEnvelope]>([
    ['another actor', (r) => ({ ...r, actor: { id: 'mallory', roles: ['operator'] } })],
    ['another role for the same actor', (r) => ({ ...r, actor: { ...r.actor, roles: ['operator', 'investor'] } })],
    ['other data', (r) => ({ ...r, data: { ...(r.data as object), decision: 'rejected' } })],
    ['a field added to the data', (r) => ({ ...r, data: { ...(r.data as object), extra: true } })],
    ['another type', (r) => ({ ...r, type: 'programmes.update' })],
    ['another subject', (r) => ({ ...r, subject: 'app-2' })],
    ['another request id', (r) => ({ ...r, id: randomUUID() })],
    ['a later deadline', (r) => ({ ...r, deadline: '2026-12-03T05:00:00.000Z' })],
    ['another reply address', (r) => ({ ...r, replyTo: { ...r.replyTo, partition: 4 } })],
  ])('does not verify once the request carries %s', (_what, tamper) => {
    expect(hasGenuineSignature(overTheWire(tamper(signed())), keys)).toBe(false);
  });

  it('does not verify a request signed with another key', () => {
    expect(hasGenuineSignature(signed({}, other.privateKey), keys)).toBe(false);
  });

  it('verifies with any of the keys given, so the gateway’s key can be rotated', () => {
    expect(hasGenuineSignature(signed({}, other.privateKey), [gateway.publicKey, other.publicKey])).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['of an unknown version', 'v2.AAAA'],
    ['garbage', 'v1.not-a-signature'],
  ])('does not verify a signature that is %s', (_what, actorSignature) => {
    expect(hasGenuineSignature({ ...unsigned(), actorSignature }, keys)).toBe(false);
  });
});

describe('ActorVerifier', () => {
  const sut = new ActorVerifier([gateway.publicKey]);
  const refusal = (request: RequestEnvelope): unknown => {
    try {
      sut.assertGenuine(request);
      return undefined;
    } catch (error) {
      return error;
    }
  };

  it('lets a request the gateway signed through', () => {
    expect(refusal(overTheWire(signed()))).toBeUndefined();
  });

  it('refuses an unsigned operator as a forged actor, saying who it claimed to be', () => {
    const error = refusal(unsigned({ actor: { id: 'mallory', roles: ['operator'] } }));
    expect(error).toBeInstanceOf(PoisonMessageError);
    expect(error).toMatchObject({
      reason: 'forged-actor',
      message: 'the actor is not signed: applications.decide from "gateway" acting as "mallory" (operator)',
    });
  });

  it('refuses a signed request altered after signing', () => {
    const altered = { ...signed(), actor: { id: 'op-2', roles: ['operator'] } } as RequestEnvelope;
    expect(refusal(altered)).toMatchObject({ reason: 'forged-actor', message: expect.stringMatching(/altered/) });
  });

  it('accepts a service acting as itself unsigned, only on a request the catalogue lets it send', () => {
    const settle = {
      type: 'programmes.settle-budget',
      source: 'applications' as const,
      actor: { id: 'applications', roles: [] },
      data: { applicationId: 'app-1' },
    };
    expect(refusal(unsigned(settle))).toBeUndefined();
    // Another service, a user's actor, or a request the gateway alone sends: all forged.
    expect(refusal(unsigned({ ...settle, source: 'matching', actor: { id: 'matching', roles: [] } }))).toMatchObject({
      reason: 'forged-actor',
    });
    expect(refusal(unsigned({ ...settle, actor: { id: 'applications', roles: ['operator'] } }))).toMatchObject({
      reason: 'forged-actor',
    });
    expect(refusal(unsigned({ ...settle, actor: { id: 'op-1', roles: [] } }))).toMatchObject({
      reason: 'forged-actor',
    });
    expect(refusal(unsigned({ source: 'applications', actor: { id: 'applications', roles: [] } }))).toMatchObject({
      reason: 'forged-actor',
    });
  });
});

describe('canonicalJson', () => {
  it('sorts members at every depth, leaves out undefined ones and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: null }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[3,{"z":1}]},"b":1}',
    );
  });

  it('writes what JSON.stringify writes for dates, integer-like names and undefined in arrays', () => {
    const value = { at: new Date('2026-12-03T04:00:00Z'), 10: 'ten', 9: 'nine', list: [undefined] };
    expect(canonicalJson(value)).toBe('{"10":"ten","9":"nine","at":"2026-12-03T04:00:00.000Z","list":[null]}');
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });
});
