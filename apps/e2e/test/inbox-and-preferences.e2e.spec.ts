import type { NotificationListView, NotificationPreferencesView } from '@pollen/contracts';
import { eventually, Mailbox, testInfrastructure } from '@pollen/testing';

import { json, Platform, PROBLEM, type Problem } from './platform';

/** Not shown to investors: the next test file's matching must not find these applications waiting. */
const PRIVATE = { shareWithInvestors: false };

/**
 * The in-app inbox and notification preferences, through the gateway: what is unread and read, in
 * cursor pages; an opted-out category sends no e-mail while a critical one still does.
 */
describe('the inbox and notification preferences, end to end', () => {
  const mailbox = new Mailbox(testInfrastructure().mailApiUrl);
  let platform: Platform;
  let operator: string;
  let programmeId: string;

  beforeAll(async () => {
    platform = await Platform.start(['notifications']);
    operator = await platform.operator();
    programmeId = (await platform.createProgramme(operator)).id;
  });

  afterAll(() => platform?.stop());

  const inbox = async (token: string, query = '') => {
    const response = await platform.call(`/v1/me/notifications${query}`, { token });
    expect(response.status).toBe(200);
    return json<NotificationListView>(response);
  };
  const post = (token: string, path: string) => platform.call(path, { method: 'POST', token });

  it('counts what is unread, pages it, and keeps what each person read', async () => {
    const { token, email } = await platform.register();
    await platform.submitted(token, programmeId, 'Les Jardins Partagés', PRIVATE);
    await platform.submitted(token, programmeId, 'Recyclerie du Coin', PRIVATE);
    // The welcome; then for each application its draft saved, submitted, then screened.
    const full = await eventually(
      async () => {
        const page = await inbox(token);
        return page.items.length >= 7 ? page : undefined;
      },
      { what: 'seven notifications in the inbox' },
    );
    expect(full.items).toHaveLength(7);
    expect(full.unreadCount).toBe(full.items.length);
    expect(full.items.every((item) => item.status === 'unread')).toBe(true);
    const submitted = full.items.find((item) => item.title.endsWith('a bien été déposée'));
    if (!submitted) throw new Error('no acknowledgement in the inbox');
    expect(submitted).toMatchObject({ category: 'application', critical: false });

    // The acknowledgement went out by e-mail too: the inbox item says so.
    await mailbox.waitFor(`to:${email}`, { count: 5 });
    const delivered = await eventually(
      async () =>
        (await inbox(token)).items.find((item) => item.id === submitted.id && item.delivery['e-mail'] === 'sent'),
      { what: 'the e-mail delivery shown on the inbox item' },
    );
    expect(delivered.delivery).toEqual({ 'e-mail': 'sent' });

    const first = await inbox(token, '?limit=3');
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await inbox(token, `?limit=4&cursor=${encodeURIComponent(first.nextCursor ?? '')}`);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(full.items.map((item) => item.id));

    const read = full.items[0];
    expect((await post(token, `/v1/me/notifications/${encodeURIComponent(read.id)}/read`)).status).toBe(204);
    expect((await post(token, `/v1/me/notifications/${encodeURIComponent(read.id)}/read`)).status).toBe(204);
    const afterOne = await inbox(token);
    expect(afterOne.unreadCount).toBe(full.unreadCount - 1);
    expect(afterOne.items.find((item) => item.id === read.id)?.status).toBe('read');
    const unread = await inbox(token, '?unread=true');
    expect(unread.items.map((item) => item.id)).not.toContain(read.id);
    expect(unread.unreadCount).toBe(unread.items.length);

    // Someone else's notification, or none at all: not found, and nothing changes.
    const stranger = await platform.signUp();
    for (const id of [full.items[1].id, 'no-such-notification']) {
      const refused = await post(stranger, `/v1/me/notifications/${encodeURIComponent(id)}/read`);
      expect(refused.status).toBe(404);
      expect(refused.headers.get('content-type')).toMatch(PROBLEM);
      expect((await json<Problem>(refused)).code).toBe('notification.not-found');
    }
    expect((await inbox(token)).unreadCount).toBe(full.unreadCount - 1);

    expect((await post(token, '/v1/me/notifications/read-all')).status).toBe(204);
    const allRead = await inbox(token);
    expect(allRead.unreadCount).toBe(0);
    expect(allRead.items.every((item) => item.status === 'read')).toBe(true);
    expect((await inbox(token, '?unread=true')).items).toEqual([]);
    expect((await platform.call('/v1/me/notifications?unread=maybe', { token })).status).toBe(400);
  });

  it('sends nothing for a category opted out of, while a critical one still goes out', async () => {
    const { token, email } = await platform.register();
    const defaults = await json<NotificationPreferencesView>(
      await platform.call('/v1/me/notification-preferences', { token }),
    );
    expect(defaults).toMatchObject({
      dealFlowAlerts: 'immediate',
      updatedAt: null,
      categories: {
        application: { 'e-mail': true, 'in-app': true, webhook: true, critical: false },
        decision: { 'e-mail': true, critical: true },
      },
    });

    const optOut = { 'e-mail': false, 'in-app': true, webhook: true };
    const saved = await platform.call('/v1/me/notification-preferences', {
      method: 'PUT',
      token,
      body: { categories: { application: optOut, decision: optOut }, dealFlowAlerts: 'immediate' },
    });
    expect(saved.status).toBe(200);
    expect(await json<NotificationPreferencesView>(saved)).toMatchObject({
      categories: {
        application: { 'e-mail': false, critical: false },
        decision: { 'e-mail': false, critical: true },
        matching: { 'e-mail': true },
      },
      updatedAt: expect.any(String),
    });
    const unknownCategory = await platform.call('/v1/me/notification-preferences', {
      method: 'PUT',
      token,
      body: { categories: { newsletter: optOut }, dealFlowAlerts: 'immediate' },
    });
    expect(unknownCategory.status).toBe(400);

    const applicationId = await platform.submitted(token, programmeId, 'Épicerie Solidaire', PRIVATE);
    const decided = await eventually(
      async () => {
        const response = await platform.call(`/v1/applications/${applicationId}/decision`, {
          method: 'POST',
          token: operator,
          body: { decision: 'declined', reason: 'Hors du périmètre de ce programme' },
        });
        return response.status === 200 ? response : undefined;
      },
      { what: 'the decision, once the application is screened' },
    );
    expect(decided.status).toBe(200);

    // The decision is critical: e-mailed despite the opt-out. Its event comes after the submission's
    // on the application's partition, so by then the acknowledgement would have been sent.
    await mailbox.waitFor((mail) => mail.to.includes(email) && mail.subject.startsWith('Décision du comité'));
    await eventually(async () => (await inbox(token)).items.find((item) => item.category === 'decision'), {
      what: 'the decision in the inbox',
    });
    // Welcomed (account), told of the decision (critical); neither acknowledged nor screened
    // (application). The welcome comes from another topic than the decision: it may come last.
    await mailbox.waitFor((mail) => mail.to.includes(email) && mail.subject.startsWith('Bienvenue'));
    const subjects = (await mailbox.search(`to:${email}`)).map((mail) => mail.subject).sort();
    expect(subjects).toEqual([expect.stringMatching(/^Bienvenue/), expect.stringMatching(/^Décision du comité/)]);
    // The in-app channel was kept: the acknowledgement is in the inbox, without an e-mail.
    const acknowledged = (await inbox(token)).items.find((item) => item.title.endsWith('a bien été déposée'));
    expect(acknowledged?.delivery).toEqual({});
  });
});
