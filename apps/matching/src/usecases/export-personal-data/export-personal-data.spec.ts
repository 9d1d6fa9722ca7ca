import { aProjection } from '../../../test/factories/application-projection.factory';
import { anInvestor, aProfile } from '../../../test/factories/investor.factory';
import { aMatch } from '../../../test/factories/match.factory';
import { InMemoryApplicationProjectionStore } from '../../../test/fakes/in-memory-application-projection.store';
import { InMemoryInvestorStore } from '../../../test/fakes/in-memory-investor.store';
import { InMemoryMatchStore } from '../../../test/fakes/in-memory-match.store';
import { ExportPersonalData } from './export-personal-data.usecase';

const at = new Date('2026-05-01T08:00:00Z');
const applicantContact = { name: 'Léa Dubois', email: 'lea@velo.example' };
const investorContact = { name: 'Camille Martin', email: 'camille@fonds-demo.example' };

async function world() {
  const investors = new InMemoryInvestorStore();
  const projections = new InMemoryApplicationProjectionStore();
  const matches = new InMemoryMatchStore();
  await investors.insert(anInvestor({ status: 'approved', profile: aProfile({ contact: investorContact }) }), []);
  await projections.saveIfNewer(aProjection());
  const introduced = aMatch({
    status: 'introduced',
    interest: { message: 'Parlons-en', at },
    introduction: {
      at,
      applicant: { contact: applicantContact, siren: '732829320' },
      investor: { contact: investorContact },
    },
  });
  const unseen = aMatch({ investorId: 'investor-2', status: 'passed', pass: { reason: 'stage', at } });
  await matches.insert(introduced, []);
  await matches.insert(unseen, []);
  return { sut: new ExportPersonalData(investors, projections, matches), introduced, unseen };
}

describe('ExportPersonalData (matching)', () => {
  it('gives an investor their profile with its contact and vetting, their deal-flow and the contacts exchanged', async () => {
    const { sut, introduced } = await world();

    const { service, sections } = await sut.execute({ actor: { id: 'investor-1', roles: ['investor'] } });

    expect(service).toBe('matching');
    expect(sections['investorProfile']).toMatchObject({
      id: 'investor-1',
      status: 'approved',
      profile: { contact: investorContact },
    });
    expect(sections['dealFlow']).toEqual([
      expect.objectContaining({
        matchId: introduced.id,
        introduction: expect.objectContaining({ contact: applicantContact }),
      }),
    ]);
    expect(sections['introductions']).toEqual([
      { matchId: introduced.id, at: at.toISOString(), applicantContact, investorContact },
    ]);
  });

  it('gives an applicant how each application was scored, naming only the investors shown to them', async () => {
    const { sut, introduced, unseen } = await world();

    const { sections } = await sut.execute({ actor: { id: 'owner-1', roles: ['applicant'] } });

    expect(sections['investorProfile']).toBeNull();
    expect(sections['dealFlow']).toEqual([]);
    const scored = sections['applicationMatches'] as { matchId: string; asYouSeeIt?: unknown }[];
    expect(scored.find((m) => m.matchId === introduced.id)?.asYouSeeIt).toMatchObject({
      investor: { organisationName: aProfile().organisation.name },
    });
    expect(scored.find((m) => m.matchId === unseen.id)).toEqual(
      expect.not.objectContaining({ asYouSeeIt: expect.anything() }),
    );
    expect(sections['introductions']).toHaveLength(1);
  });
});
