import { alice, bob, journey, nextRequestId, operator } from '../../../test/fakes/journey';
import { ExportPersonalData } from './export-personal-data.usecase';

describe('ExportPersonalData (applications)', () => {
  it('gives an applicant their applications with history and consents, and nothing of anyone else’s', async () => {
    const sut = await journey();
    const mine = await sut.eligible(alice);
    await sut.completeDraft(bob);

    const exported = await new ExportPersonalData(sut.store, sut.programmes).execute({ actor: alice });

    expect(exported.service).toBe('applications');
    const applications = exported.sections['applications'] as { id: string; history: unknown[] }[];
    expect(applications.map((application) => application.id)).toEqual([mine.id]);
    expect(applications[0]).toMatchObject({ ownerId: alice.id, status: 'eligible', history: mine.history });
    expect(exported.sections['actionsOnApplications']).toEqual([]);
    expect(exported.sections['programmesCreated']).toEqual([]);
  });

  it('gives an operator what they decided on others’ applications and the programmes they created', async () => {
    const sut = await journey();
    const eligible = await sut.eligible(alice);
    await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'declined',
      reason: 'Hors du périmètre',
    });

    const exported = await new ExportPersonalData(sut.store, sut.programmes).execute({ actor: operator });

    expect(exported.sections['applications']).toEqual([]);
    expect(exported.sections['actionsOnApplications']).toEqual([
      { applicationId: eligible.id, status: 'declined', at: expect.any(String), reason: 'Hors du périmètre' },
    ]);
    expect(exported.sections['programmesCreated']).toEqual([expect.objectContaining({ id: 'programme-1' })]);
  });
});
