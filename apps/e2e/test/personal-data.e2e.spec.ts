import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import {
  type AccountView,
  CURRENT_CONSENT_NOTICE_VERSION,
  type DealFlowPageView,
  type DocumentListView,
  type DocumentView,
  type ErasureAcceptedView,
  type ErasurePageView,
  type ErasureView,
  type ExportAcceptedView,
  type ExportView,
  type InvestorView,
  type KeptRecord,
  PERSONAL_DATA_MAX_RETENTION_MS,
  SERVICE_NAMES,
  type SessionView,
  topicNamed,
  Topics,
} from '@pollen/contracts';
import {
  compactedTopicsOfCatalogue,
  CompactionForcer,
  eventually,
  KafkaProbe,
  type Needles,
  searchDatabase,
  searchTopics,
  testInfrastructure,
  uniqueName,
  WebhookReceiver,
} from '@pollen/testing';

import {
  anInvestorProfile,
  aSiren,
  completeFields,
  FITTING_THESIS,
  json,
  Platform,
  PROBLEM,
  type Problem,
} from './platform';

const PASSWORD = 'a long enough password';
const SCAN_REPORT = path.resolve(__dirname, '../../../.pollen/test/logs/personal-data-scan.json');

/** Letters only: a name no other test file uses, that PDF text extraction keeps whole. */
const surname = () => {
  const letters = Array.from(randomBytes(10), (byte) => String.fromCharCode(97 + (byte % 26))).join('');
  return letters[0].toUpperCase() + letters.slice(1);
};
const aPhone = () => `+33 6 ${Array.from(randomBytes(4), (byte) => String(byte % 100).padStart(2, '0')).join(' ')}`;

interface Person {
  role: 'applicant' | 'investor';
  accountId: string;
  email: string;
  name: string;
  /** The address and phone they give others: at an introduction, in an investor's profile. */
  contactEmail: string;
  phone: string;
  accessToken: string;
  refreshToken: string;
}

/** Fails with the answer's body when its status is not the one expected: a journey step says why it broke. */
async function expectStatus(response: Response, status: number): Promise<void> {
  if (response.status !== status) {
    throw new Error(`${response.url} → ${response.status}, not ${status}: ${await response.text()}`);
  }
}

/** What identifies a person, by label: what must be gone once they are erased. */
const needlesOf = (person: Person): Needles => ({
  [`${person.role} e-mail`]: person.email,
  [`${person.role} name`]: person.name,
  [`${person.role} contact e-mail`]: person.contactEmail,
  [`${person.role} phone`]: person.phone,
});

/**
 * The RGPD issue's proof, end to end: an applicant and an investor (a business angel, whose
 * organisation is their own name) go through a deal (application, match, interest, introduction
 * with contacts, a signed agreement, a webhook); each exports
 * everything Pollen holds about them, then erases it — one of them while a service is down — and
 * afterwards no database and no Kafka topic holds their e-mail, name or phone, except what the
 * law makes a service keep (listed in the erasure with its basis and end date) and topics kept at
 * most 7 days.
 */
describe('personal data: export everything about a person, erase it everywhere', () => {
  let platform: Platform;
  let receiver: WebhookReceiver;
  const probe = new KafkaProbe();
  let operator: string;
  let applicant: Person;
  let investor: Person;
  let projectTitle: string;
  let webhookPath: string;
  const erasures = new Map<Person['role'], string>();
  const receipts = new Map<Person['role'], string>();

  const logIn = (email: string, password = PASSWORD) =>
    platform.call('/v1/auth/login', { method: 'POST', body: { email, password } });

  const register = async (role: Person['role'], firstName: string): Promise<Person> => {
    const name = `${firstName} ${surname()}`;
    const email = `${uniqueName(firstName.toLowerCase())}@example.org`;
    const registered = await platform.call('/v1/auth/register', {
      method: 'POST',
      body: { email, password: PASSWORD, role, displayName: name, locale: 'fr' },
    });
    await expectStatus(registered, 201);
    // Without the cookie mode, the body has every token.
    const session = await json<Required<SessionView>>(await logIn(email));
    const me = await json<AccountView>(await platform.call('/v1/me', { token: session.accessToken }));
    return {
      role,
      accountId: me.id,
      email,
      name,
      contactEmail: `${uniqueName(`${firstName.toLowerCase()}.contact`)}@structure.example`,
      phone: aPhone(),
      accessToken: session.accessToken,
      refreshToken: session.refreshToken,
    };
  };

  /** The erasure's progress, shown with its receipt, another one, or none (`null`). */
  const progressOf = async (role: Person['role'], receipt: string | null = receipts.get(role) ?? null) =>
    platform.call(`/v1/erasures/${erasures.get(role)}`, {
      headers: receipt === null ? {} : { Authorization: `Receipt ${receipt}` },
    });
  const completed = (role: Person['role']) =>
    eventually(
      async () => {
        const response = await progressOf(role);
        const view = response.status === 200 ? await json<ErasureView>(response) : undefined;
        return view?.status === 'completed' ? view : undefined;
      },
      { what: `the ${role}’s erasure completed by every service`, timeoutMs: 45_000, intervalMs: 250 },
    );
  const erase = async (person: Person) => {
    const accepted = await platform.call('/v1/me/erasure', {
      method: 'POST',
      token: person.accessToken,
      body: { password: PASSWORD },
    });
    await expectStatus(accepted, 202);
    const { erasureId, receiptToken } = await json<ErasureAcceptedView>(accepted);
    erasures.set(person.role, erasureId);
    receipts.set(person.role, receiptToken);
  };

  /** The journey both people go through, once for the file: every service ends up holding something of them. */
  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    platform = await Platform.start(['matching', 'legal-templates', 'notifications', 'operations'], {
      notifications: { WEBHOOK_ALLOWED_TARGETS: receiver.hostPort },
    });
    operator = await platform.operator();
    const programme = await platform.createProgramme(operator);
    [applicant, investor] = await Promise.all([register('applicant', 'Anouk'), register('investor', 'Bastien')]);

    // The investor: a business angel, whose organisation is their own name and who is their own
    // contact; approved; a webhook.
    const profiled = await platform.call('/v1/investors/me', {
      method: 'PATCH',
      token: investor.accessToken,
      headers: { 'If-Match': '*' },
      body: {
        ...anInvestorProfile(FITTING_THESIS),
        kind: 'business-angel',
        organisation: { name: investor.name },
        contact: { name: investor.name, email: investor.contactEmail, phone: investor.phone },
      },
    });
    await expectStatus(profiled, 200);
    const { id: investorId } = await json<InvestorView>(profiled);
    const approved = await platform.call(`/v1/ops/investors/${investorId}/approve`, {
      method: 'POST',
      token: operator,
    });
    await expectStatus(approved, 200);
    webhookPath = `/${uniqueName('hooks')}`;
    const webhook = await platform.call('/v1/webhooks', {
      method: 'POST',
      token: investor.accessToken,
      body: { url: receiver.url(webhookPath), events: ['deal-flow.match-proposed'] },
    });
    await expectStatus(webhook, 201);

    // The applicant's application, in their own words, shown to investors.
    const fields = completeFields();
    const organisation = uniqueName('Atelier Vélo');
    projectTitle = uniqueName('Vélos réparés au quartier');
    const draft = await platform.draft(applicant.accessToken, {
      programmeId: programme.id,
      ...fields,
      organisation: { ...fields.organisation, name: organisation, siren: aSiren() },
      project: { ...fields.project, title: projectTitle },
      consents: { shareWithInvestors: true, noticeVersion: CURRENT_CONSENT_NOTICE_VERSION },
    });
    const applicationId = draft.id;
    const submitted = await platform.call(`/v1/applications/${draft.id}/submit`, {
      method: 'POST',
      token: applicant.accessToken,
    });
    await expectStatus(submitted, 202);

    // Matched; the investor writes to the applicant by name; the applicant accepts with their contact.
    const match = await eventually(
      async () => {
        const page = await json<DealFlowPageView>(
          await platform.call('/v1/deal-flow', { token: investor.accessToken }),
        );
        return page.items.find((item) => item.project.organisation.name === organisation);
      },
      { what: 'the application in the investor’s deal-flow', timeoutMs: 30_000 },
    );
    const interest = await platform.call(`/v1/deal-flow/${match.matchId}/interest`, {
      method: 'POST',
      token: investor.accessToken,
      body: { amountCents: 3_000_000, message: `Bonjour ${applicant.name}, parlons-en.` },
    });
    await expectStatus(interest, 200);
    const accepted = await platform.call(`/v1/applications/${applicationId}/matches/${match.matchId}/accept`, {
      method: 'POST',
      token: applicant.accessToken,
      body: { contact: { name: applicant.name, email: applicant.contactEmail, phone: applicant.phone } },
    });
    await expectStatus(accepted, 200);

    // Both sign the confidentiality agreement: a signed document the law makes legal-templates keep.
    const nda = await eventually(
      async () => {
        const response = await platform.call(`/v1/applications/${applicationId}/documents`, {
          token: applicant.accessToken,
        });
        const items = response.status === 200 ? (await json<DocumentListView>(response)).items : [];
        return items.find((item) => item.templateKey === 'accord-de-confidentialite' && item.binding);
      },
      { what: 'the introduction’s confidentiality agreement', timeoutMs: 30_000 },
    );
    const sha256 = nda.files.find((file) => file.format === 'pdf')?.sha256;
    for (const signer of [applicant, investor]) {
      const signed = await platform.call(`/v1/documents/${nda.id}/sign`, {
        method: 'POST',
        token: signer.accessToken,
        body: { fullName: signer.name, capacity: 'Président·e', consent: true, sha256, password: PASSWORD },
      });
      await expectStatus(signed, 200);
    }
    const signedNda = await json<DocumentView>(
      await platform.call(`/v1/documents/${nda.id}`, { token: applicant.accessToken }),
    );
    expect(signedNda.status).toBe('signed');
    // Notifications has caught up with the journey (a shared broker may hold others' backlog):
    // the applicant's inbox names the project.
    await eventually(
      async () => {
        const inbox = await platform.call('/v1/me/notifications', { token: applicant.accessToken });
        return (await inbox.text()).includes(projectTitle) || undefined;
      },
      { what: 'the applicant told about their project', timeoutMs: 60_000, intervalMs: 500 },
    );
  }, 180_000);

  afterAll(async () => {
    await probe.close();
    await platform?.stop();
    await receiver?.stop();
  });

  it('exports everything each service holds about the applicant, to the applicant alone', async () => {
    const requested = await platform.call('/v1/me/exports', { method: 'POST', token: applicant.accessToken });
    expect(requested.status).toBe(202);
    const { exportId } = await json<ExportAcceptedView>(requested);
    expect(requested.headers.get('location')).toBe(`/v1/me/exports/${exportId}`);

    const ready = await eventually(
      async () => {
        const view = await json<ExportView>(
          await platform.call(`/v1/me/exports/${exportId}`, { token: applicant.accessToken }),
        );
        if (view.status === 'failed') throw new Error(`export failed: ${view.error}`);
        return view.status === 'ready' ? view : undefined;
      },
      { what: 'the export ready', timeoutMs: 30_000, intervalMs: 250 },
    );
    const archive = ready.archive;
    expect(archive?.accountId).toBe(applicant.accountId);
    const parts = new Map(archive?.services.map((part) => [part.service, JSON.stringify(part.sections)]));
    expect([...parts.keys()].sort()).toEqual([...SERVICE_NAMES].sort());
    // What each holds: the account, the application as written, the contact given at the introduction, the signature.
    expect(parts.get('gateway')).toContain(applicant.email);
    expect(parts.get('gateway')).toContain(applicant.name);
    expect(parts.get('applications')).toContain(projectTitle);
    expect(parts.get('matching')).toContain(applicant.phone);
    expect(parts.get('legal-templates')).toContain(applicant.name);
    expect(parts.get('notifications')).toContain(projectTitle);
    expect(JSON.stringify(archive)).not.toMatch(/passwordHash|whsec_|"secret"/);

    const someoneElse = await platform.call(`/v1/me/exports/${exportId}`, { token: investor.accessToken });
    expect(someoneElse.status).toBe(404);
    expect(someoneElse.headers.get('content-type')).toMatch(PROBLEM);
    expect((await json<Problem>(someoneElse)).code).toBe('export.not-found');
  });

  it('erases the applicant: re-authenticated, locked out at once, confirmed by every service with its receipt', async () => {
    const wrongPassword = await platform.call('/v1/me/erasure', {
      method: 'POST',
      token: applicant.accessToken,
      body: { password: 'not the password' },
    });
    expect(wrongPassword.status).toBe(401);
    expect((await platform.call('/v1/me', { token: applicant.accessToken })).status).toBe(200);

    await erase(applicant);
    // The token issued before is refused right away, as are the session and the password.
    const me = await platform.call('/v1/me', { token: applicant.accessToken });
    expect(me.status).toBe(401);
    expect(me.headers.get('content-type')).toMatch(PROBLEM);
    const refreshed = await platform.call('/v1/auth/refresh', {
      method: 'POST',
      body: { refreshToken: applicant.refreshToken },
    });
    expect(refreshed.status).toBe(401);
    expect((await logIn(applicant.email)).status).toBe(401);

    const progress = await completed('applicant');
    expect(progress.services.map((part) => [part.service, part.status]).sort()).toEqual(
      [...SERVICE_NAMES].sort().map((service) => [service, 'completed']),
    );
    expect(JSON.stringify(progress)).not.toContain(applicant.email);

    const withoutReceipt = await progressOf('applicant', null);
    expect([withoutReceipt.status, (await json<Problem>(withoutReceipt)).code]).toEqual([
      401,
      'erasure.receipt-required',
    ]);
    const wrongReceipt = await progressOf('applicant', randomBytes(32).toString('base64url'));
    expect([wrongReceipt.status, (await json<Problem>(wrongReceipt)).code]).toEqual([404, 'erasure.not-found']);
    const listed = await json<ErasurePageView>(await platform.call('/v1/ops/erasures?limit=100', { token: operator }));
    expect(listed.items.find((item) => item.erasureId === erasures.get('applicant'))).toMatchObject({
      status: 'completed',
      role: 'applicant',
    });
  });

  it('erases the investor while notifications is down: it erases its part when it comes back', async () => {
    const notifications = platform.service('notifications');
    await notifications.stop();
    try {
      await erase(investor);
      expect((await platform.call('/v1/me', { token: investor.accessToken })).status).toBe(401);
      const waiting = await eventually(
        async () => {
          const view = await json<ErasureView>(await progressOf('investor'));
          const pending = view.services.filter((part) => part.status === 'pending').map((part) => part.service);
          return pending.length === 1 ? { view, pending } : undefined;
        },
        { what: 'every service but notifications done', timeoutMs: 30_000, intervalMs: 250 },
      );
      expect([waiting.view.status, waiting.pending]).toEqual(['in-progress', ['notifications']]);
    } finally {
      await notifications.restart();
    }
    const progress = await completed('investor');
    expect(progress.services.every((part) => part.status === 'completed')).toBe(true);
  }, 120_000);

  it('leaves neither person in any database nor on any Kafka topic, but what the law keeps and short-lived topics', async () => {
    const needles = { ...needlesOf(applicant), ...needlesOf(investor), 'investor webhook URL': webhookPath };
    const kept = await keptRecords();
    expect(kept.some((record) => record.service === 'legal-templates')).toBe(true);
    for (const record of kept) {
      expect(record.basis).toMatch(/\S/);
      expect(Date.parse(record.until)).toBeGreaterThan(Date.now());
    }

    // (a) Every collection of every service's database; a hit must be a record the law keeps, and say so.
    const { mongoUri } = testInfrastructure();
    const stored = (
      await Promise.all(
        Object.entries(platform.databases).map(async ([service, database]) =>
          (await searchDatabase(mongoUri, database, needles)).map((hit) => ({ service, ...hit })),
        ),
      )
    ).flat();
    const unexplained = stored.filter(
      (hit) => !kept.some((record) => record.service === hit.service && hit.text.includes(record.id)),
    );
    expect(unexplained.map(({ service, collection, id, found }) => ({ service, collection, id, found }))).toEqual([]);

    // (b) Every topic, once the compacted ones have been compacted: a hit must be on a topic kept at most 7 days.
    const kafka = probe.kafka;
    const compacted = compactedTopicsOfCatalogue();
    const names = compacted.map((topic) => topic.name);
    // Until compacted, the contacts topics still hold both: the tombstones are what removes them.
    const beforeHits = (await searchTopics(kafka, names, needles)).hits;
    const before = new Set(beforeHits.flatMap((hit) => hit.found));
    // The business angel's organisation, which is their name, is on its own compacted topic only.
    expect(
      beforeHits.filter((hit) => hit.topic === Topics.investorOrganisations.name).flatMap((hit) => hit.found),
    ).toContain('investor name');
    expect([...before]).toEqual(
      expect.arrayContaining([
        'applicant e-mail',
        'applicant phone',
        'investor e-mail',
        'investor phone',
        'investor name',
      ]),
    );
    const forcer = await CompactionForcer.force(kafka, compacted);
    try {
      await eventually(
        async () => {
          const { hits } = await searchTopics(kafka, names, needles);
          // A tombstone written after the last roll waits for the next one.
          if (hits.length > 0) await forcer.roll();
          return hits.length === 0;
        },
        { what: 'the compacted topics compacted without either person', timeoutMs: 60_000, intervalMs: 1_000 },
      );
    } finally {
      await forcer.restore();
    }
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((name) => !name.startsWith('__')).sort();
    await admin.disconnect();
    const scan = await searchTopics(kafka, topics, needles);
    const shortLived = (name: string) => {
      const retention = topicNamed(name)?.retentionMs ?? -1;
      return retention > 0 && retention <= PERSONAL_DATA_MAX_RETENTION_MS;
    };
    writeScanReport({ stored, kept, topics: scan });
    expect(scan.unfinished).toEqual([]);
    expect(scan.hits.filter((hit) => !shortLived(hit.topic))).toEqual([]);
  }, 150_000);

  /** Every record the two erasures say the law makes a service keep. */
  async function keptRecords(): Promise<(KeptRecord & { service: string })[]> {
    const views = await Promise.all(
      (['applicant', 'investor'] as const).map(async (role) => json<ErasureView>(await progressOf(role))),
    );
    return views.flatMap((view) =>
      view.services.flatMap((part) => part.kept.map((record) => ({ ...record, service: part.service }))),
    );
  }
});

/** Where the persons' data was found, for the lead to state which short-lived topics held it. */
function writeScanReport(report: Record<string, unknown>): void {
  fs.mkdirSync(path.dirname(SCAN_REPORT), { recursive: true });
  fs.writeFileSync(SCAN_REPORT, `${JSON.stringify(report, (key, value) => (key === 'text' ? undefined : value), 2)}\n`);
}
