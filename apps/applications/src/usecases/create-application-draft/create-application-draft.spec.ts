import { type Actor, type CreateApplicationDraftDto, DomainException, ErrorCode } from '@pollen/contracts';

import { aProgramme } from '../../../test/factories/programme.factory';
import { InMemoryApplicationStore } from '../../../test/fakes/in-memory-application.store';
import { InMemoryProgrammeStore } from '../../../test/fakes/in-memory-programme.store';
import { CreateApplicationDraft } from './create-application-draft.usecase';

const alice: Actor = { id: 'alice', roles: ['applicant'] };
const bob: Actor = { id: 'bob', roles: ['applicant'] };
const draft: CreateApplicationDraftDto = {
  programmeId: 'programme-1',
  organisation: { name: 'Recyclerie du Marais', siren: '732829320' },
};
const acceptedAt = new Date();

describe('CreateApplicationDraft', () => {
  let store: InMemoryApplicationStore;
  let sut: CreateApplicationDraft;

  let programmes: InMemoryProgrammeStore;

  beforeEach(async () => {
    store = new InMemoryApplicationStore();
    programmes = new InMemoryProgrammeStore();
    await programmes.insert(aProgramme(), []);
    sut = new CreateApplicationDraft(store, programmes);
  });

  it('creates a draft owned by the caller, with its first history entry and application.drafted', async () => {
    const view = await sut.execute({ applicationId: 'app-1', requestId: 'req-1', actor: alice, draft, acceptedAt });

    expect(view).toMatchObject({
      id: 'app-1',
      ownerId: 'alice',
      status: 'draft',
      version: 1,
      project: {},
      request: {},
    });
    expect(view.history).toEqual([{ status: 'draft', by: 'alice', reason: 'Draft created', at: view.createdAt }]);
    expect(store.events).toHaveLength(1);
    expect(store.events[0]).toMatchObject({
      type: 'application.drafted',
      subject: 'app-1',
      aggregateVersion: 1,
      causationId: 'req-1',
      source: 'applications',
      data: { applicationId: 'app-1', ownerId: 'alice', programmeId: 'programme-1' },
    });
  });

  it('answers a redelivered request as the first time and writes nothing more', async () => {
    const first = await sut.execute({ applicationId: 'app-1', requestId: 'req-1', actor: alice, draft, acceptedAt });
    const again = await sut.execute({ applicationId: 'app-1', requestId: 'req-1', actor: alice, draft, acceptedAt });

    expect(again).toEqual(first);
    expect(store.items.size).toBe(1);
    expect(store.events).toHaveLength(1);
  });

  it('refuses a second active application to the same programme for the same SIREN, pointing to the first', async () => {
    await sut.execute({ applicationId: 'app-1', requestId: 'req-1', actor: alice, draft, acceptedAt });

    const attempt = sut.execute({ applicationId: 'app-2', requestId: 'req-2', actor: alice, draft, acceptedAt });

    await expect(attempt).rejects.toMatchObject({
      code: ErrorCode.Conflict,
      reason: 'application.duplicate-active',
      extras: { details: { existingApplicationId: 'app-1' } },
    });
    expect(store.events).toHaveLength(1);
  });

  it("lets another account apply with the same SIREN, and never points to someone else's draft", async () => {
    await sut.execute({ applicationId: 'app-1', requestId: 'req-1', actor: alice, draft, acceptedAt });

    const bobs = await sut.execute({ applicationId: 'app-2', requestId: 'req-2', actor: bob, draft, acceptedAt });

    expect(bobs.ownerId).toBe('bob');
  });

  it('refuses a draft for an unknown programme with 422 on programmeId', async () => {
    const attempt = sut.execute({
      applicationId: 'app-1',
      requestId: 'req-1',
      actor: alice,
      draft: { ...draft, programmeId: 'nope' },
      acceptedAt,
    });
    await expect(attempt).rejects.toMatchObject({
      code: ErrorCode.Unprocessable,
      extras: { errors: [expect.objectContaining({ field: 'programmeId', code: 'unknownProgramme' })] },
    });
  });

  it('refuses a draft for a closed programme', async () => {
    await programmes.insert(
      aProgramme({ id: 'old', opensAt: new Date('2020-01-01'), closesAt: new Date('2020-06-01') }),
      [],
    );
    const attempt = sut.execute({
      applicationId: 'app-1',
      requestId: 'req-1',
      actor: alice,
      draft: { ...draft, programmeId: 'old' },
      acceptedAt,
    });
    await expect(attempt).rejects.toMatchObject({ code: ErrorCode.Unprocessable });
  });

  it('judges the deadline by when the gateway accepted the request, not by when it is processed', async () => {
    const closesAt = new Date(Date.now() - 1000);
    await programmes.insert(aProgramme({ id: 'just-closed', opensAt: new Date('2020-01-01'), closesAt }), []);
    const command = { requestId: 'req-1', actor: alice, draft: { ...draft, programmeId: 'just-closed' } };

    const accepted = await sut.execute({
      ...command,
      applicationId: 'app-1',
      acceptedAt: new Date(closesAt.getTime() - 1),
    });
    const late = sut.execute({ ...command, applicationId: 'app-2', requestId: 'req-2', acceptedAt: closesAt });

    expect(accepted.status).toBe('draft');
    await expect(late).rejects.toMatchObject({ reason: 'programme.closed' });
  });

  it('refuses an id already used by another request', async () => {
    await sut.execute({ applicationId: 'app-1', requestId: 'req-1', actor: alice, draft, acceptedAt });

    const attempt = sut.execute({ applicationId: 'app-1', requestId: 'req-9', actor: bob, draft, acceptedAt });

    await expect(attempt).rejects.toBeInstanceOf(DomainException);
    await expect(attempt).rejects.toMatchObject({ code: ErrorCode.Conflict });
  });
});
