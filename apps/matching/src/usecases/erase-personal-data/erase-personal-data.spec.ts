import { InMemoryAccountLocaleStore } from '@pollen/testing';
import { RecordingErasureLog } from '@pollen/testing';

import { aProjection } from '../../../test/factories/application-projection.factory';
import { anInvestor, aProfile } from '../../../test/factories/investor.factory';
import { aMatch } from '../../../test/factories/match.factory';
import { InMemoryApplicationProjectionStore } from '../../../test/fakes/in-memory-application-projection.store';
import { InMemoryInvestorStore } from '../../../test/fakes/in-memory-investor.store';
import { InMemoryMatchStore } from '../../../test/fakes/in-memory-match.store';
import type { Match } from '../../domain/match';
import { ErasureAwaitsOutbox } from '../../errors';
import { ErasePersonalData } from './erase-personal-data.usecase';

const at = new Date('2026-05-01T08:00:00Z');
const applicantContact = { name: 'Léa Dubois', email: 'lea@velo.example' };
const investorContact = { name: 'Camille Martin', email: 'camille@fonds-demo.example' };

/** An introduced match of app-1 (owner-1) with investor-1, with every word and contact filled in. */
const introduced = (overrides: Partial<Match> = {}): Match =>
  aMatch({
    status: 'introduced',
    interest: { amountCents: 1_000_000, message: 'Bonjour Léa, parlons-en', at },
    introduction: {
      at,
      applicant: { contact: applicantContact, siren: '732829320' },
      investor: { contact: investorContact },
    },
    ...overrides,
  });

async function world() {
  const investors = new InMemoryInvestorStore();
  const projections = new InMemoryApplicationProjectionStore();
  const matches = new InMemoryMatchStore();
  const locales = new InMemoryAccountLocaleStore();
  const log = new RecordingErasureLog();
  await investors.insert(anInvestor({ status: 'approved', profile: aProfile() }), []);
  await projections.saveIfNewer(aProjection());
  await projections.saveIfNewer(aProjection({ applicationId: 'app-2', ownerId: 'owner-2' }));
  await locales.remember('investor-1', 'fr', 1);
  await locales.remember('owner-1', 'en', 1);
  const sut = new ErasePersonalData(investors, projections, matches, locales, log);
  const erase = (accountId: string, eventId = 'event-1') =>
    sut.execute({ accountId, erasureId: `erasure-of-${accountId}`, eventId, at });
  return { investors, projections, matches, locales, log, erase };
}

describe('ErasePersonalData (matching)', () => {
  it('deletes an erased investor’s profile and locale, keeps the facts of their matches, and tombstones the introduction’s contacts', async () => {
    const w = await world();
    const match = introduced();
    const open = aMatch({ applicationId: 'app-2', status: 'interested', interest: { message: 'Intéressé', at } });
    const passed = aMatch({
      applicationId: 'app-3',
      status: 'passed',
      pass: { reason: 'other', comment: 'Trop tôt', at },
    });
    for (const each of [match, open, passed]) await w.matches.insert(each, []);

    // First the organisation's tombstone leaves through the outbox, nothing else changing yet.
    await expect(w.erase('investor-1')).rejects.toBeInstanceOf(ErasureAwaitsOutbox);
    expect(w.investors.events.map((event) => [event.type, event.subject, event.data])).toEqual([
      ['investor.organisation-erased', 'investor-1', { investorId: 'investor-1' }],
    ]);
    expect((await w.investors.findById('investor-1'))?.profile).toBeUndefined();
    expect(w.matches.events).toEqual([]);
    w.investors.unpublished.clear();

    expect(await w.erase('investor-1')).toBe('applied');

    expect(await w.investors.findById('investor-1')).toBeNull();
    expect(await w.locales.localesOf(['investor-1', 'owner-1'])).toEqual(new Map([['owner-1', 'en']]));
    const after = await w.matches.findById(match.id);
    expect(after).toMatchObject({ status: 'introduced', score: 70, investorId: 'investor-1', partyErasedAt: at });
    expect(after?.interest).toEqual({ amountCents: 1_000_000, message: '', at });
    expect(after?.introduction).toEqual({ at, applicant: { siren: '732829320' }, investor: {} });
    expect((await w.matches.findById(passed.id))?.pass).toEqual({ reason: 'other', at });
    expect(await w.matches.findById(open.id)).toMatchObject({ status: 'retracted', retractCause: 'investor-inactive' });
    expect(w.matches.events.map((event) => [event.type, event.subject])).toEqual([
      ['introduction.contacts-erased', match.id],
      ['match.retracted', open.id],
    ]);
    const published = JSON.stringify(w.matches.events);
    expect(published).not.toContain('Camille');
    expect(published).not.toContain('Léa');
    expect(w.log.completions.get('erasure-of-investor-1')).toEqual({
      causationId: 'event-1',
      data: {
        erasureId: 'erasure-of-investor-1',
        service: 'matching',
        erased: [
          { what: 'investor profile', count: 1, how: 'deleted' },
          { what: 'matches', count: 3, how: 'anonymised' },
          { what: 'introduction contacts', count: 1, how: 'deleted' },
          { what: 'language preference', count: 1, how: 'deleted' },
        ],
        kept: [],
      },
    });
  });

  it('forgets an erased applicant’s applications and their side of every match, once however often the event comes', async () => {
    const w = await world();
    const match = introduced({ decline: undefined });
    const declined = aMatch({
      investorId: 'investor-2',
      status: 'declined',
      interest: { message: 'Intéressé', at },
      decline: { reason: 'Nous avons trouvé un autre financeur', at },
    });
    const others = aMatch({ applicationId: 'app-2', investorId: 'investor-2' });
    for (const each of [match, declined, others]) await w.matches.insert(each, []);

    expect(await w.erase('owner-1')).toBe('applied');
    const afterFirst = structuredClone([...w.matches.items.values()]);
    expect(await w.erase('owner-1', 'event-1-again')).toBe('duplicate');

    expect([...w.matches.items.values()]).toEqual(afterFirst);
    expect(await w.projections.findById('app-1')).toBeNull();
    expect(await w.projections.findById('app-2')).not.toBeNull();
    expect(await w.investors.findById('investor-1')).not.toBeNull();
    expect((await w.matches.findById(declined.id))?.decline).toEqual({ at });
    expect(await w.matches.findById(others.id)).toEqual(others);
    expect(w.matches.events.map((event) => event.type)).toEqual(['introduction.contacts-erased']);
    expect(w.log.completions.size).toBe(1);
    expect(w.log.completions.get('erasure-of-owner-1')?.data.erased).toEqual([
      { what: 'copies of applications', count: 1, how: 'deleted' },
      { what: 'matches', count: 2, how: 'anonymised' },
      { what: 'introduction contacts', count: 1, how: 'deleted' },
      { what: 'language preference', count: 1, how: 'deleted' },
    ]);
  });

  it('waits while the investor still has events to publish, having changed nothing', async () => {
    const w = await world();
    await w.matches.insert(introduced(), []);
    w.investors.unpublished.add('investor-1');

    await expect(w.erase('investor-1')).rejects.toBeInstanceOf(ErasureAwaitsOutbox);
    expect(w.matches.events).toEqual([]);
    expect(w.investors.events).toEqual([]);
    expect(w.log.completions.size).toBe(0);

    w.investors.unpublished.delete('investor-1');
    // Then the organisation's tombstone, which must go out too.
    await expect(w.erase('investor-1')).rejects.toBeInstanceOf(ErasureAwaitsOutbox);
    w.investors.unpublished.delete('investor-1');
    expect(await w.erase('investor-1')).toBe('applied');
    expect(await w.investors.findById('investor-1')).toBeNull();
  });
});
