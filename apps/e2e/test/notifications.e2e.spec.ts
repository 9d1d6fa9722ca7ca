import { type AccountView, type DeliveryFailurePageView, Topics } from '@pollen/contracts';
import {
  eventually,
  infrastructure,
  KafkaProbe,
  Mailbox,
  type MailSummary,
  testInfrastructure,
  uniqueName,
} from '@pollen/testing';

import { json, Platform, PROBLEM } from './platform';

/** Not shown to investors: the next test file's matching must not find these applications waiting. */
const PRIVATE = { shareWithInvestors: false };
const ACKNOWLEDGED = { fr: /a bien été déposée$/, en: /has been submitted$/ };
/** French typography puts no-break spaces inside « » and before « : »: compare the words. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * E-mail notifications end to end, through the gateway and the real SMTP server (Mailpit): an
 * application submitted is acknowledged once, in the applicant's language, whatever happens to
 * the event or the relay on the way.
 */
describe('e-mail notifications, end to end', () => {
  const mailbox = new Mailbox(testInfrastructure().mailApiUrl);
  let platform: Platform;
  let operator: string;
  let programmeId: string;
  let probe: KafkaProbe;

  /** A new applicant: their token and address. */
  const register = async (locale: 'fr' | 'en' = 'fr') => {
    const email = `${uniqueName('porteur')}@example.org`;
    const password = 'a long enough password';
    const registered = await platform.call('/v1/auth/register', {
      method: 'POST',
      body: { email, password, role: 'applicant', displayName: 'Léa Dubois', locale },
    });
    expect(registered.status).toBe(201);
    return { token: await platform.logIn(email, password), email };
  };
  const mailsTo = (email: string) => mailbox.search(`to:${email}`);
  const acknowledgements = (mails: MailSummary[]) =>
    mails.filter((mail) => ACKNOWLEDGED.fr.test(mail.subject) || ACKNOWLEDGED.en.test(mail.subject));
  const waitForAcknowledgements = (email: string, count: number, timeoutMs = 30_000) =>
    eventually(
      async () => {
        const found = acknowledgements(await mailsTo(email));
        return found.length >= count ? found : undefined;
      },
      { what: `${count} acknowledgement(s) to ${email}`, timeoutMs },
    );
  /** The operators' list of failed acknowledgements among these applications. */
  const failedAcknowledgements = async (ids: string[]) => {
    const response = await platform.call('/v1/ops/notifications/failures?status=failed&limit=100', { token: operator });
    const page = await json<DeliveryFailurePageView>(response);
    return page.items.filter((item) => item.kind === 'application-submitted' && ids.includes(item.applicationId ?? ''));
  };

  beforeAll(async () => {
    // Retries within a test's patience (the defaults wait 30 s, then longer).
    platform = await Platform.start(['notifications'], {
      notifications: { MAIL_POLL_MS: '250', MAIL_RETRY_BASE_MS: '500', MAIL_RETRY_MAX_MS: '2000' },
    });
    operator = await platform.operator();
    programmeId = (await platform.createProgramme(operator)).id;
    probe = new KafkaProbe();
    await probe.listen([Topics.applicationEvents.name]);
  });

  afterAll(async () => {
    await probe?.close();
    await platform?.stop();
  });

  it('acknowledges a submitted application with exactly one e-mail, however often its event comes', async () => {
    const { token, email } = await register('fr');
    const applicationId = await platform.submitted(token, programmeId, 'La Cyclofficine', PRIVATE);

    const [acknowledgement] = await waitForAcknowledgements(email, 1);
    expect(plain(acknowledgement.subject)).toBe('Votre candidature « Ateliers vélo solidaires » a bien été déposée');
    expect(acknowledgement.to).toEqual([email]);
    const mail = await mailbox.get(acknowledgement.id);
    expect(mail.text).toContain('La Cyclofficine');
    expect(mail.text).toContain(applicationId);
    expect(mail.html).toContain('La Cyclofficine');

    // The same event delivered again (a rebalance, a replay): the same delivery, no second mail.
    const submitted = await probe.waitFor(
      (message) => message.key === applicationId && JSON.parse(message.value).type === 'application.submitted',
    );
    const [redelivered] = await probe.send(Topics.applicationEvents.name, [
      { key: applicationId, value: submitted.value },
    ]);
    await probe.waitForGroupPast('notifications', Topics.applicationEvents.name, redelivered);
    const again = acknowledgements(await mailsTo(email));
    expect(again.map((found) => found.messageId)).toEqual([acknowledgement.messageId]);
    // The welcome came too, once.
    expect((await mailsTo(email)).filter((found) => found.subject === 'Bienvenue sur Pollen')).toHaveLength(1);
  });

  it('writes the next e-mail in the language the applicant chose on their account', async () => {
    const { token, email } = await register('fr');

    const changed = await platform.call('/v1/me', { method: 'PATCH', token, body: { locale: 'en' } });
    expect(changed.status).toBe(200);
    expect(await json<AccountView>(changed)).toMatchObject({ email, locale: 'en' });
    const refused = await platform.call('/v1/me', { method: 'PATCH', token, body: { locale: 'de' } });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(PROBLEM);

    await platform.submitted(token, programmeId, 'La Cyclofficine', PRIVATE);
    const [acknowledgement] = await waitForAcknowledgements(email, 1);
    expect(acknowledgement.subject).toBe('Your application “Ateliers vélo solidaires” has been submitted');
  });

  it('keeps every mail while the SMTP server is down, and sends each one once it is back', async () => {
    const applicants = await Promise.all([register('fr'), register('fr'), register('en')]);
    infrastructure('stop', 'mailpit');
    let ids: string[] = [];
    try {
      ids = await Promise.all(
        applicants.map(({ token }) => platform.submitted(token, programmeId, 'Vélo Cité', PRIVATE)),
      );
      const failures = await eventually(
        async () => {
          const ours = await failedAcknowledgements(ids);
          return ours.length === ids.length ? ours : undefined;
        },
        { what: 'the three acknowledgements listed as failed', timeoutMs: 30_000 },
      );
      expect(failures.every((failure) => failure.attempts >= 1 && failure.nextAttemptAt !== null)).toBe(true);
    } finally {
      infrastructure('start', 'mailpit');
    }

    for (const { email } of applicants) await waitForAcknowledgements(email, 1);
    // Recorded as sent, each: no attempt is left to make, so what the server has is all there is.
    await eventually(async () => (await failedAcknowledgements(ids)).length === 0, {
      what: 'no acknowledgement still failing',
    });
    for (const { email } of applicants) {
      const all = acknowledgements(await mailsTo(email));
      expect(all).toHaveLength(1);
    }
  });
});
