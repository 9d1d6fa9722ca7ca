import { InMemoryPreferencesStore } from '../../../test/fakes/in-memory-preferences.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { allows } from '../../domain/preferences';
import { SetNotificationPreferences } from './set-notification-preferences.usecase';

const config = Object.assign(new NotificationsConfig(), { DIGEST_AT: '08:00' });
const none = { 'e-mail': false, 'in-app': false, webhook: false };
const everywhere = { 'e-mail': true, 'in-app': true, webhook: true };
const T1 = new Date('2026-02-01T08:00:00Z');
const T2 = new Date('2026-02-02T08:00:00Z');

describe('SetNotificationPreferences', () => {
  let store: InMemoryPreferencesStore;
  let sut: SetNotificationPreferences;
  const alice = { id: 'acc-alice', roles: ['investor' as const] };

  beforeEach(() => {
    store = new InMemoryPreferencesStore();
    sut = new SetNotificationPreferences(store, config);
  });

  it('stores the caller’s choices, when they made them, and answers with the whole view', async () => {
    const view = await sut.execute({ actor: alice, categories: { matching: none }, dealFlowAlerts: 'daily' }, T1);

    expect(view.categories.matching).toEqual({ ...none, critical: false });
    expect(view.categories.application).toEqual({ ...everywhere, critical: false });
    expect(view).toMatchObject({ dealFlowAlerts: 'daily', digestTime: '08:00', updatedAt: T1.toISOString() });
    const stored = await store.of(alice.id);
    expect(stored).toEqual({
      accountId: alice.id,
      categories: { matching: none },
      dealFlowAlerts: 'daily',
      updatedAt: T1,
    });
    expect(allows(stored, 'match-proposed', 'e-mail')).toBe(false);
  });

  it('replaces the whole set: a category left out goes back to every channel', async () => {
    await sut.execute({ actor: alice, categories: { matching: none, account: none }, dealFlowAlerts: 'daily' }, T1);

    const view = await sut.execute({ actor: alice, categories: { account: none }, dealFlowAlerts: 'immediate' }, T2);

    expect(view.categories.matching).toEqual({ ...everywhere, critical: false });
    expect(view.categories.account).toEqual({ ...none, critical: false });
    expect(view).toMatchObject({ dealFlowAlerts: 'immediate', updatedAt: T2.toISOString() });
    expect((await store.of(alice.id)).categories).toEqual({ account: none });
  });

  it('keeps a critical category’s choices but shows they do not hold', async () => {
    const view = await sut.execute({ actor: alice, categories: { security: none }, dealFlowAlerts: 'immediate' }, T1);

    expect(view.categories.security).toEqual({ ...none, critical: true });
    expect(allows(await store.of(alice.id), 'webhook-disabled', 'e-mail')).toBe(true);
  });

  it('changes nobody else’s preferences', async () => {
    await sut.execute({ actor: alice, categories: { matching: none }, dealFlowAlerts: 'daily' }, T1);

    expect((await store.of('acc-bob')).updatedAt).toBeNull();
  });
});
