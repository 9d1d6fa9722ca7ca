import { createHash } from 'node:crypto';

import type { Actor } from '@pollen/contracts';

import { lea } from '../../../test/fakes/auth-kit';
import { personalDataKit } from '../../../test/fakes/personal-data-kit';
import type { ErasedAccount } from '../../domain/account';
import type { RegisterAccountCommand } from '../register-account/register-account.command';

describe('RequestErasure', () => {
  const signedUp = async (kit = personalDataKit(), who: RegisterAccountCommand = lea) => {
    const view = await kit.register.execute(who);
    const session = await kit.logIn.execute(who);
    const actor: Actor = { id: view.id, roles: [view.role] };
    return { kit, view, session, actor };
  };

  it('refuses a wrong password with 401, and erases nothing', async () => {
    const { kit, actor, session } = await signedUp();

    await expect(kit.requestErasure.execute({ actor, password: 'not it' })).rejects.toMatchObject({
      reason: 'auth.invalid-credentials',
    });

    expect(await kit.denials.isDenied(actor.id, new Date())).toBe(false);
    expect(await kit.me.execute({ actor })).toMatchObject({ email: 'lea@example.org' });
    await expect(kit.refresh.execute({ refreshToken: session.refreshToken })).resolves.toMatchObject({
      tokenType: 'Bearer',
    });
  });

  it('denies the tokens until the last one expires, ends the sessions, and leaves a stub that names no one', async () => {
    const { kit, actor, view, session } = await signedUp();
    const before = Date.now();

    const accepted = await kit.requestErasure.execute({ actor, password: lea.password });

    expect(accepted.receiptToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const ttlMs = kit.config.ACCESS_TOKEN_TTL_SECONDS * 1000;
    const until = kit.denials.until.get(actor.id)?.getTime() ?? 0;
    expect(until).toBeGreaterThanOrEqual(before + ttlMs);
    expect(await kit.denials.isDenied(actor.id, new Date(before + ttlMs))).toBe(true);
    await expect(kit.refresh.execute({ refreshToken: session.refreshToken })).rejects.toMatchObject({
      reason: 'auth.session-ended',
    });

    const receiptHash = createHash('sha256').update(accepted.receiptToken).digest('hex');
    const { erasedAt, createdAt: _registered, ...stub } = kit.accounts.stored(view.id) as ErasedAccount;
    expect(stub).toEqual({
      id: view.id,
      role: 'applicant',
      version: 4,
      email: `erased|${view.id}`,
      erasureId: accepted.erasureId,
      receiptHash,
    });
    expect(erasedAt.getTime()).toBeGreaterThanOrEqual(before);
    const stored = JSON.stringify(kit.accounts.stored(view.id));
    expect(stored).not.toContain('lea');
    expect(stored).not.toContain(accepted.receiptToken);
    expect(kit.accounts.events.slice(-2)).toEqual([
      expect.objectContaining({
        type: 'account.erasure-requested',
        subject: view.id,
        aggregateVersion: 3,
        data: {
          accountId: view.id,
          erasureId: accepted.erasureId,
          role: 'applicant',
          receiptHash,
          requestedAt: expect.any(String),
        },
      }),
      expect.objectContaining({ type: 'account.contact-erased', aggregateVersion: 4, data: { accountId: view.id } }),
    ]);
  });

  it('leaves an erased account to fail cleanly everywhere: log-in, refresh, reading and changing it', async () => {
    const { kit, actor, session } = await signedUp();
    await kit.requestErasure.execute({ actor, password: lea.password });

    await expect(kit.logIn.execute(lea)).rejects.toMatchObject({ reason: 'auth.invalid-credentials' });
    await expect(kit.refresh.execute({ refreshToken: session.refreshToken })).rejects.toMatchObject({
      reason: 'auth.session-ended',
    });
    await expect(kit.me.execute({ actor })).rejects.toMatchObject({ reason: 'account.gone' });
    await expect(kit.update.execute({ actor, displayName: 'Léa' })).rejects.toMatchObject({ reason: 'account.gone' });
    await expect(kit.requestErasure.execute({ actor, password: lea.password })).rejects.toMatchObject({
      reason: 'auth.invalid-credentials',
    });
  });

  it('lifts the denial when the erasure cannot be written: the account lives on and may try again', async () => {
    const { kit, actor } = await signedUp();
    // Another write wins every time (a name changed meanwhile, on and on).
    jest.spyOn(kit.accounts, 'erase').mockResolvedValue(false);

    await expect(kit.requestErasure.execute({ actor, password: lea.password })).rejects.toMatchObject({
      reason: 'account.changed-concurrently',
    });

    expect(await kit.denials.isDenied(actor.id, new Date())).toBe(false);
    expect(await kit.me.execute({ actor })).toMatchObject({ email: 'lea@example.org' });
  });

  it('erases two accounts without their stubs colliding on the one-account-per-e-mail rule', async () => {
    const first = await signedUp();
    const second = await signedUp(first.kit, { ...lea, email: 'camille@example.org' });

    await first.kit.requestErasure.execute({ actor: first.actor, password: lea.password });
    await first.kit.requestErasure.execute({ actor: second.actor, password: lea.password });

    expect(first.kit.accounts.stored(first.view.id)).toHaveProperty('erasedAt');
    expect(first.kit.accounts.stored(second.view.id)).toHaveProperty('erasedAt');
    // The address is free again: erasure forgets who held it.
    await expect(first.kit.register.execute(lea)).resolves.toMatchObject({ email: 'lea@example.org' });
  });
});
