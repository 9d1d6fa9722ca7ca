import type { Actor } from '@pollen/contracts';
import { InMemoryAccountLocaleStore } from '@pollen/testing';

import { aProjection } from '../../../test/factories/application-projection.factory';
import { aMatch } from '../../../test/factories/match.factory';
import { matchmakingWorld } from '../../../test/fakes/matchmaking-world';
import { AnswerInterest } from './answer-interest.usecase';

describe('AnswerInterest', () => {
  const owner: Actor = { id: 'owner-1', roles: ['applicant'] };
  const contact = { name: 'Léa Dubois', email: 'lea@atelier-velo.example', phone: '+33 6 12 34 56 78' };
  const interested = aMatch({
    status: 'interested',
    version: 2,
    interest: {
      amountCents: 2_000_000,
      message: 'Parlons-en',
      letterOfIntent: true,
      at: new Date('2026-03-02T10:00:00Z'),
    },
  });
  let world: ReturnType<typeof matchmakingWorld>;
  let locales: InMemoryAccountLocaleStore;
  let answer: AnswerInterest;

  beforeEach(async () => {
    world = matchmakingWorld();
    locales = new InMemoryAccountLocaleStore();
    answer = new AnswerInterest(world.projections, world.matches, world.investors, locales);
    await world.approvedInvestor('investor-1');
    await world.projections.saveIfNewer(aProjection());
    await world.matches.insert(interested, []);
    await locales.remember('investor-1', 'en', 1);
    await locales.remember('owner-1', 'fr', 1);
  });

  const accept = (requestId = 'req-1', actor = owner, applicationId = 'app-1') =>
    answer.execute({ matchId: interested.id, applicationId, requestId, actor, answer: 'accept', contact });

  it('introduces: each side sees the other’s contact and SIREN', async () => {
    const view = await accept();

    expect(view).toMatchObject({
      status: 'introduced',
      investor: { organisationName: 'Fonds Solidaire Démo', kind: 'impact-fund' },
      introduction: {
        siren: '552100554',
        contact: { name: 'Camille Martin', email: 'camille@fonds-demo.example' },
      },
    });
    const stored = await world.matches.findById(interested.id);
    expect(stored?.introduction).toMatchObject({ applicant: { contact, siren: '732829320' } });
  });

  it('says what the deal’s documents need on match.introduced, and the contacts on their own topic only', async () => {
    await accept();

    const [introduced, contacts] = world.matches.events;
    expect(introduced).toMatchObject({
      type: 'match.introduced',
      data: {
        matchId: interested.id,
        applicationId: 'app-1',
        investorId: 'investor-1',
        programmeId: 'programme-1',
        applicant: {
          accountId: 'owner-1',
          locale: 'fr',
          organisation: {
            name: 'Atelier Vélo Solidaire',
            siren: '732829320',
            legalForm: 'association',
            region: 'FR-HDF',
          },
        },
        investor: {
          accountId: 'investor-1',
          locale: 'en',
          kind: 'impact-fund',
        },
        request: { amountCents: 2_500_000, instrument: 'loan', durationMonths: 36, purpose: 'Deux ateliers mobiles' },
        interest: { amountCents: 2_000_000, letterOfIntent: true },
      },
    });
    // No person's data, nor the investor's organisation (a business angel's may be their name).
    expect(JSON.stringify(introduced)).not.toMatch(/Léa|lea@|Camille|camille@|Parlons|Fonds Solidaire|552100554/);
    expect(contacts).toMatchObject({
      type: 'introduction.contacts-exchanged',
      subject: interested.id,
      data: { applicant: contact, investor: { name: 'Camille Martin' } },
    });
  });

  it('declines, keeping what the applicant said on the match and off the topic', async () => {
    const view = await answer.execute({
      matchId: interested.id,
      applicationId: 'app-1',
      requestId: 'req-2',
      actor: owner,
      answer: 'decline',
      reason: '  Nous avons trouvé un autre financeur ',
    });

    expect(view).toMatchObject({ status: 'declined', decline: { reason: 'Nous avons trouvé un autre financeur' } });
    expect(view).not.toHaveProperty('introduction');
    expect(world.matchEvents()).toEqual([
      {
        type: 'match.declined',
        matchId: interested.id,
        applicationId: 'app-1',
        investorId: 'investor-1',
        programmeId: 'programme-1',
      },
    ]);
  });

  it('answers a redelivered acceptance with the match as it is, writing nothing twice', async () => {
    await accept('req-1');
    await accept('req-1');

    expect(world.matches.events).toHaveLength(2);
  });

  it('refuses a second answer (409), someone else’s application or another application’s match (404)', async () => {
    await accept('req-1');
    await expect(accept('req-2')).rejects.toMatchObject({ reason: 'match.illegal-transition' });
    await expect(accept('req-3', { id: 'operator-1', roles: ['operator'] })).rejects.toMatchObject({
      reason: 'application.not-found',
    });
    await world.projections.saveIfNewer(aProjection({ applicationId: 'app-2' }));
    await expect(accept('req-4', owner, 'app-2')).rejects.toMatchObject({ reason: 'match.not-found' });
  });

  it('refuses to introduce a match still only proposed', async () => {
    const proposed = aMatch({ investorId: 'investor-2' });
    await world.approvedInvestor('investor-2');
    await world.matches.insert(proposed, []);

    await expect(
      answer.execute({
        matchId: proposed.id,
        applicationId: 'app-1',
        requestId: 'r',
        actor: owner,
        answer: 'accept',
        contact,
      }),
    ).rejects.toMatchObject({ reason: 'match.illegal-transition' });
  });

  it.each([
    [
      'the application was withdrawn',
      () => world.projections.saveIfNewer(aProjection({ status: 'withdrawn', version: 4 })),
    ],
    [
      'consent was withdrawn',
      () => world.projections.saveIfNewer(aProjection({ shareWithInvestors: false, version: 4 })),
    ],
    [
      'the investor was suspended',
      () => world.changeInvestor('investor-1', (investor) => void (investor.status = 'suspended')),
    ],
    [
      'the investor paused',
      () =>
        world.changeInvestor('investor-1', (investor) => {
          if (investor.profile) investor.profile.active = false;
        }),
    ],
  ])('introduces nobody once %s, before the retraction is written (409), and writes nothing', async (_, change) => {
    await change();

    await expect(accept()).rejects.toMatchObject({ reason: 'match.no-longer-qualifies' });
    expect(world.matches.events).toEqual([]);
  });

  it('tells an applicant whose application matching holds from before introductions existed (409)', async () => {
    await world.projections.saveIfNewer(
      aProjection({ organisation: { name: 'Atelier', legalForm: 'association', region: 'FR-HDF' }, version: 4 }),
    );

    await expect(accept()).rejects.toMatchObject({ reason: 'match.application-outdated' });
  });

  it('writes the platform’s language for an account whose choice was never heard', async () => {
    locales.locales.clear();
    await accept();

    expect(world.matches.events[0]).toMatchObject({
      data: { applicant: { locale: 'fr' }, investor: { locale: 'fr' } },
    });
  });
});
