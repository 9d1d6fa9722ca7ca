import { InMemoryPreferencesStore } from '../../../test/fakes/in-memory-preferences.store';
import { NotificationsConfig } from '../../config/notifications.config';
import { GetNotificationPreferences } from './get-notification-preferences.usecase';

const config = Object.assign(new NotificationsConfig(), { DIGEST_AT: '07:45' });
const none = { 'e-mail': false, 'in-app': false, webhook: false };

describe('GetNotificationPreferences', () => {
  let store: InMemoryPreferencesStore;
  let sut: GetNotificationPreferences;
  const alice = { id: 'acc-alice', roles: ['investor' as const] };

  beforeEach(() => {
    store = new InMemoryPreferencesStore();
    sut = new GetNotificationPreferences(store, config);
  });

  it('shows the defaults to someone who never set any: everything, everywhere, at once', async () => {
    const view = await sut.execute({ actor: alice });

    expect(view).toEqual({
      categories: {
        application: { 'e-mail': true, 'in-app': true, webhook: true, critical: false },
        decision: { 'e-mail': true, 'in-app': true, webhook: true, critical: true },
        matching: { 'e-mail': true, 'in-app': true, webhook: true, critical: false },
        introduction: { 'e-mail': true, 'in-app': true, webhook: true, critical: true },
        document: { 'e-mail': true, 'in-app': true, webhook: true, critical: true },
        account: { 'e-mail': true, 'in-app': true, webhook: true, critical: false },
        security: { 'e-mail': true, 'in-app': true, webhook: true, critical: true },
      },
      dealFlowAlerts: 'immediate',
      digestTime: '07:45',
      updatedAt: null,
    });
  });

  it('shows the caller’s own, not someone else’s', async () => {
    const at = new Date('2026-02-01T08:00:00Z');
    await store.save({ accountId: 'acc-bob', categories: { matching: none }, dealFlowAlerts: 'daily', updatedAt: at });
    await store.save({
      accountId: alice.id,
      categories: { account: none },
      dealFlowAlerts: 'immediate',
      updatedAt: at,
    });

    const view = await sut.execute({ actor: alice });

    expect(view.categories.account).toEqual({ ...none, critical: false });
    expect(view.categories.matching).toEqual({ 'e-mail': true, 'in-app': true, webhook: true, critical: false });
    expect(view).toMatchObject({ dealFlowAlerts: 'immediate', updatedAt: '2026-02-01T08:00:00.000Z' });
  });
});
