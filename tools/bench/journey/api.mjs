// Talking to the gateway: requests retried as the API asks, and the accounts, theses and drafts
// seeded through it.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { INSTRUMENT } from './population.mjs';
import { contracts, PASSWORD, SEED_CONCURRENCY, TOKEN_TTL_SECONDS } from './settings.mjs';

/**
 * One request to the API. bench.mjs's call() sends no header of ours: the profile needs
 * `If-Match`, and a retried write an `Idempotency-Key`.
 */
export async function request(api, method, route, { token, body, headers } = {}) {
  const response = await fetch(`${api}${route}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    payload: text ? JSON.parse(text) : undefined,
    retryAfterMs: Number(response.headers.get('retry-after') ?? 1) * 1000,
  };
}

/** Answers the API asks to be retried later (docs/api.md): a 503, a 429, an idempotent request in progress. */
export const retriable = ({ status, payload }) =>
  status === 503 || status === 429 || (status === 409 && payload?.code === 'idempotency.in-progress');

/**
 * A step of seeding or reading, retried as the API asks (for ten minutes at most: a loaded machine
 * answers late), until it answers `expected`: a status, or a test of the answer for a step whose
 * retry may find the first attempt done.
 */
export async function succeed(what, expected, attempt) {
  const done = typeof expected === 'number' ? (answer) => answer.status === expected : expected;
  for (const until = Date.now() + 10 * 60_000; ; ) {
    const answer = await attempt().catch((error) => ({ status: 0, payload: { detail: error.message } }));
    if (done(answer)) return answer.payload;
    if ((!retriable(answer) && answer.status !== 0) || Date.now() > until)
      throw new Error(`${what} → ${answer.status} ${JSON.stringify(answer.payload)}`);
    await sleep(answer.retryAfterMs ?? 1000);
  }
}

/** Runs `task` over `items`, `concurrency` at a time. */
export async function inPool(items, concurrency, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i], i);
      }
    }),
  );
}

/** `inPool`, keeping what each task answers, in the items' order. */
export async function inPoolMapped(items, concurrency, task) {
  const results = new Array(items.length);
  await inPool(items, concurrency, async (item, i) => {
    results[i] = await task(item, i);
  });
  return results;
}

/**
 * An account of the run, logged in again when its token is near its end: a run outlasts it. One
 * log-in at a time however many ask.
 */
export function account(api, email, password = PASSWORD) {
  let session;
  let at = 0;
  const logIn = async () =>
    (await succeed(`log in ${email}`, 200, () => request(api, 'POST', '/v1/auth/login', { body: { email, password } })))
      .accessToken;
  return {
    email,
    token() {
      if (!session || Date.now() - at > TOKEN_TTL_SECONDS * 1000 - 10 * 60_000) {
        at = Date.now();
        session = logIn().catch((error) => {
          session = undefined;
          throw error;
        });
      }
      return session;
    },
  };
}

/** An account; registering has no idempotency key, so a retry may find the address taken by the first try. */
export async function register(api, email, role) {
  const registered = ({ status, payload }) => status === 201 || payload?.code === 'account.email-taken';
  await succeed(`register ${email}`, registered, () =>
    request(api, 'POST', '/v1/auth/register', {
      body: { email, password: PASSWORD, role, displayName: 'Léa Dubois', locale: 'fr' },
    }),
  );
  const created = account(api, email);
  await created.token();
  return created;
}

/** Investors as they come: an account, a profile and thesis, approved by an operator. */
export async function seedInvestors(api, operator, profiles, domain) {
  const investors = new Array(profiles.length);
  await inPool(profiles, SEED_CONCURRENCY, async (profile, i) => {
    const investor = await register(api, `i${i}@${domain}`, 'investor');
    const { id } = await succeed('profile', 200, async () =>
      request(api, 'PATCH', '/v1/investors/me', {
        token: await investor.token(),
        headers: { 'If-Match': '*' },
        body: profile,
      }),
    );
    await succeed('approve', 200, async () =>
      request(api, 'POST', `/v1/ops/investors/${id}/approve`, {
        token: await operator.token(),
        headers: { 'Idempotency-Key': `approve-${id}` },
      }),
    );
    investors[i] = { ...investor, id };
  });
  return investors;
}

/** A programme that lends, open for a month, whose rules every project here meets. */
export async function createProgramme(api, operator, title) {
  const once = randomUUID();
  return succeed('programme', 201, async () =>
    request(api, 'POST', '/v1/programmes', {
      token: await operator.token(),
      headers: { 'Idempotency-Key': once },
      body: {
        title,
        description: 'Prêts aux structures de l’économie sociale et solidaire',
        operatorName: 'Bench',
        kind: INSTRUMENT,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        budgetCents: 1_000_000_000_00,
        eligibility: { minAmountCents: 100_000, maxAmountCents: 10_000_000_00 },
      },
    }),
  );
}

/**
 * Complete drafts, consenting to be shown to investors, made before the load: applicants fill in
 * their drafts days ahead; what is measured is the submission.
 */
export async function prepareDrafts(api, applicants, programme, projects, nextSiren) {
  return inPoolMapped(projects, SEED_CONCURRENCY, async ({ seq, fields }) => {
    const owner = applicants[seq % applicants.length];
    const draft = await succeed('draft', 201, async () =>
      request(api, 'POST', '/v1/applications', {
        token: await owner.token(),
        headers: { 'Idempotency-Key': `draft-${seq}` },
        body: {
          programmeId: programme.id,
          ...fields,
          organisation: { ...fields.organisation, siren: nextSiren() },
          consents: { shareWithInvestors: true, noticeVersion: contracts.CURRENT_CONSENT_NOTICE_VERSION },
        },
      }),
    );
    return { id: draft.id, seq, owner };
  });
}
