import { type Actor, ErrorCode } from '@pollen/contracts';

import { aProgramme } from '../../../test/factories/programme.factory';
import { InMemoryApplicationStore } from '../../../test/fakes/in-memory-application.store';
import { InMemoryProgrammeStore } from '../../../test/fakes/in-memory-programme.store';
import { CreateApplicationDraft } from '../create-application-draft/create-application-draft.usecase';
import { GetApplication } from './get-application.usecase';

const alice: Actor = { id: 'alice', roles: ['applicant'] };
const mallory: Actor = { id: 'mallory', roles: ['applicant'] };
const operator: Actor = { id: 'ops', roles: ['operator'] };

describe('GetApplication', () => {
  let sut: GetApplication;

  beforeEach(async () => {
    const store = new InMemoryApplicationStore();
    const programmes = new InMemoryProgrammeStore();
    await programmes.insert(aProgramme(), []);
    await new CreateApplicationDraft(store, programmes).execute({
      applicationId: 'app-1',
      requestId: 'req-1',
      actor: alice,
      draft: { programmeId: 'programme-1', organisation: { name: 'Recyclerie', siren: '732829320' } },
      acceptedAt: new Date(),
    });
    sut = new GetApplication(store);
  });

  it('shows owners their application with its history', async () => {
    const view = await sut.execute({ applicationId: 'app-1', actor: alice });
    expect(view).toMatchObject({ id: 'app-1', status: 'draft', history: [{ status: 'draft', by: 'alice' }] });
  });

  it('shows operators any application', async () => {
    await expect(sut.execute({ applicationId: 'app-1', actor: operator })).resolves.toMatchObject({ id: 'app-1' });
  });

  it('answers 404, not 403, to another applicant', async () => {
    await expect(sut.execute({ applicationId: 'app-1', actor: mallory })).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
  });

  it('answers 404 for an unknown id', async () => {
    await expect(sut.execute({ applicationId: 'nope', actor: alice })).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
  });
});
