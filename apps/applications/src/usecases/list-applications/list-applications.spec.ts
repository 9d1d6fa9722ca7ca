import { ErrorCode } from '@pollen/contracts';

import { alice, bob, journey, operator } from '../../../test/fakes/journey';

describe('ListApplications', () => {
  it("lists the caller's own applications only, newest first, page by page", async () => {
    const sut = await journey();
    await sut.completeDraft(alice, 'a1');
    await new Promise((resolve) => setTimeout(resolve, 2));
    await sut.completeDraft(bob, 'b1');
    await new Promise((resolve) => setTimeout(resolve, 2));
    await sut.create.execute({
      applicationId: 'a2',
      requestId: 'r-a2',
      actor: alice,
      draft: { programmeId: 'programme-1', organisation: { name: 'Autre', siren: '552100554' } },
      acceptedAt: new Date(),
    });

    const first = await sut.list.execute({ actor: alice, query: { limit: 1 } });
    expect(first.items.map((a) => a.id)).toEqual(['a2']);
    expect(first.nextCursor).not.toBeNull();
    const second = await sut.list.execute({ actor: alice, query: { limit: 1, cursor: first.nextCursor ?? undefined } });
    expect(second.items.map((a) => a.id)).toEqual(['a1']);
    expect(second.nextCursor).toBeNull();
  });

  it('lists everything for operators, filtered by programme and status', async () => {
    const sut = await journey();
    await sut.completeDraft(alice, 'a1');
    await sut.submitNow(await sut.completeDraft(bob, 'b1'), bob);
    expect((await sut.list.execute({ actor: operator, query: {} })).items).toHaveLength(2);
    expect(
      (
        await sut.list.execute({ actor: operator, query: { status: 'eligible', programmeId: 'programme-1' } })
      ).items.map((a) => a.id),
    ).toEqual(['b1']);
  });

  it('refuses investors, and a cursor it did not give', async () => {
    const sut = await journey();
    await expect(sut.list.execute({ actor: { id: 'inv', roles: ['investor'] }, query: {} })).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
    await expect(sut.list.execute({ actor: alice, query: { cursor: 'garbage' } })).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
    });
  });
});
