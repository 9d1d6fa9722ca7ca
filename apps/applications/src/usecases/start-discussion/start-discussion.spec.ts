import { alice, journey, nextRequestId, operator } from '../../../test/fakes/journey';

describe('StartDiscussion', () => {
  const introduction = (applicationId: string, matchId = 'match-1', eventId = `event-${matchId}`) => ({
    applicationId,
    matchId,
    investorId: `investor-of-${matchId}`,
    acceptedBy: alice.id,
    eventId,
    at: new Date('2026-12-01T10:00:00Z'),
  });

  it('puts an eligible application in discussion, said in its history (naming the match, not the investor) and by an event', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();

    await expect(sut.startDiscussion.execute(introduction(eligible.id))).resolves.toBe('applied');

    const view = await sut.store.findById(eligible.id);
    expect(view?.status).toBe('in-discussion');
    expect(view?.history.at(-1)).toMatchObject({
      status: 'in-discussion',
      by: alice.id,
      reason: 'Introduced to an investor',
      matchId: 'match-1',
    });
    expect(sut.store.events.at(-1)).toMatchObject({
      type: 'application.discussion-started',
      subject: eligible.id,
      data: { applicationId: eligible.id, ownerId: alice.id, matchId: 'match-1', investorId: 'investor-of-match-1' },
    });
  });

  it('adds each further introduction to the history, and a redelivered one once, however late', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();
    await sut.startDiscussion.execute(introduction(eligible.id));

    await expect(sut.startDiscussion.execute(introduction(eligible.id))).resolves.toBe('duplicate');
    // Redelivered under another envelope id (a consumer group reset, a replay): still once.
    await expect(sut.startDiscussion.execute(introduction(eligible.id, 'match-1', 'event-again'))).resolves.toBe(
      'duplicate',
    );
    await expect(sut.startDiscussion.execute(introduction(eligible.id, 'match-2'))).resolves.toBe('applied');

    const view = await sut.store.findById(eligible.id);
    expect(view?.history.filter((change) => change.status === 'in-discussion').map((change) => change.matchId)).toEqual(
      ['match-1', 'match-2'],
    );
  });

  it('leaves an application withdrawn meanwhile as it is', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();
    await sut.withdraw.execute({ applicationId: eligible.id, requestId: nextRequestId(), actor: alice });

    await expect(sut.startDiscussion.execute(introduction(eligible.id))).resolves.toBe('superseded');
    expect(sut.store.events.at(-1)?.type).toBe('application.withdrawn');
  });

  it('still lets the committee decide an application in discussion', async () => {
    const sut = await journey();
    const eligible = await sut.eligible();
    await sut.startDiscussion.execute(introduction(eligible.id));

    const decided = await sut.decide.execute({
      applicationId: eligible.id,
      requestId: nextRequestId(),
      actor: operator,
      decision: 'declined',
      reason: 'Comité du 3 décembre',
    });

    expect(decided.status).toBe('declined');
  });
});
