import {
  allows,
  chosenPreferences,
  defaultPreferences,
  digestsDeals,
  type NotificationPreferences,
  toPreferencesView,
} from './preferences';

const none = { 'e-mail': false, 'in-app': false, webhook: false };
const at = new Date('2026-03-01T10:00:00Z');

describe('notification preferences', () => {
  const muted = (categories: NotificationPreferences['categories']): NotificationPreferences => ({
    ...defaultPreferences('acc-alice'),
    categories,
  });

  describe('defaultPreferences', () => {
    it('tells everything on every channel, each match at once, and were never set', () => {
      const prefs = defaultPreferences('acc-alice');

      expect(allows(prefs, 'application-submitted', 'e-mail')).toBe(true);
      expect(allows(prefs, 'match-proposed', 'webhook')).toBe(true);
      expect(allows(prefs, 'welcome', 'in-app')).toBe(true);
      expect(digestsDeals(prefs, 'match-proposed')).toBe(false);
      expect(prefs.updatedAt).toBeNull();
    });
  });

  describe('allows', () => {
    it('follows the choice of the kind’s category on that channel', () => {
      const prefs = muted({ matching: { 'e-mail': false, 'in-app': true, webhook: false } });

      expect(allows(prefs, 'match-proposed', 'e-mail')).toBe(false);
      expect(allows(prefs, 'interest-expressed', 'webhook')).toBe(false);
      expect(allows(prefs, 'match-proposed', 'in-app')).toBe(true);
    });

    it('lets a category nobody chose for go out everywhere', () => {
      const prefs = muted({ matching: none });

      expect(allows(prefs, 'application-screened', 'e-mail')).toBe(true);
    });

    it('sends a critical category whatever was chosen', () => {
      const prefs = muted({ decision: none, security: none, introduction: none, document: none });

      expect(allows(prefs, 'application-decided', 'e-mail')).toBe(true);
      expect(allows(prefs, 'webhook-disabled', 'in-app')).toBe(true);
      expect(allows(prefs, 'introduction-made', 'webhook')).toBe(true);
      expect(allows(prefs, 'document-signed', 'e-mail')).toBe(true);
    });
  });

  describe('digestsDeals', () => {
    it('holds new matches for the daily digest when asked to, and nothing else', () => {
      const daily = { ...defaultPreferences('acc-alice'), dealFlowAlerts: 'daily' as const };

      expect(digestsDeals(daily, 'match-proposed')).toBe(true);
      expect(digestsDeals(daily, 'interest-expressed')).toBe(false);
      expect(digestsDeals(daily, 'introduction-made')).toBe(false);
    });
  });

  describe('chosenPreferences', () => {
    it('keeps the three choices of each category given, and when', () => {
      const given = { 'e-mail': false, 'in-app': true, webhook: true, extra: 'ignored' };

      const prefs = chosenPreferences('acc-alice', { categories: { account: given }, dealFlowAlerts: 'daily' }, at);

      expect(prefs).toEqual({
        accountId: 'acc-alice',
        categories: { account: { 'e-mail': false, 'in-app': true, webhook: true } },
        dealFlowAlerts: 'daily',
        updatedAt: at,
      });
    });
  });

  describe('toPreferencesView', () => {
    it('shows every category with its choices, whether it is critical, and the digest time', () => {
      const prefs = { ...muted({ matching: none, security: none }), dealFlowAlerts: 'daily' as const, updatedAt: at };

      const view = toPreferencesView(prefs, '08:00');

      expect(Object.keys(view.categories).sort()).toEqual(
        ['account', 'application', 'decision', 'document', 'introduction', 'matching', 'security'].sort(),
      );
      expect(view.categories.matching).toEqual({ ...none, critical: false });
      expect(view.categories.security).toEqual({ ...none, critical: true });
      expect(view).toMatchObject({
        dealFlowAlerts: 'daily',
        digestTime: '08:00',
        updatedAt: '2026-03-01T10:00:00.000Z',
      });
    });

    it('shows a category left out with every channel on', () => {
      const view = toPreferencesView(muted({}), '07:30');

      expect(view.categories.application).toEqual({ 'e-mail': true, 'in-app': true, webhook: true, critical: false });
      expect(view.categories.decision).toEqual({ 'e-mail': true, 'in-app': true, webhook: true, critical: true });
      expect(view.updatedAt).toBeNull();
    });
  });
});
