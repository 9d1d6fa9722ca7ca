#!/usr/bin/env node
// Seeds demo data through the public API, as an operator, investors and an applicant would: the
// same use cases, the same validation. Idempotent: a programme whose title already exists, an
// account whose e-mail is taken, a profile already filled in, an investor already vetted and an
// applicant who already applied are left alone, so running it twice adds nothing.
// Usage: POLLEN_API_URL=http://localhost:3000 node tools/seed/seed.mjs, or `npm run ops -- seed-demo`.
import { DEMO_PASSWORDS, demoApplicant, demoInvestors } from './people.mjs';
import { demoProgrammes } from './programmes.mjs';

/** Calls of the API at `api`, as JSON; an answer not in `allow` that is no success throws. */
const apiClient = (api) =>
  async function call(path, { method = 'GET', token, body, headers = {}, allow = [] } = {}) {
    const response = await fetch(`${api}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const payload = await response.json().catch(() => undefined);
    if (!response.ok && !allow.includes(response.status)) {
      throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(payload)}`);
    }
    return payload;
  };

/** Registers the account unless its e-mail is taken, then logs in: a token, and whether it is new. */
async function account({ call }, email, password, role, displayName) {
  const registered = await call('/v1/auth/register', {
    method: 'POST',
    body: { email, password, role, displayName, locale: 'fr' },
    allow: [409],
  });
  const { accessToken } = await call('/v1/auth/login', { method: 'POST', body: { email, password } });
  return { token: accessToken, created: registered?.id !== undefined };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each demo investor with their profile, approved by the operator but the one left to vet (matching proposes them the rest). */
async function seedInvestors(context, operatorToken) {
  const { call, report } = context;
  let created = 0;
  const investors = demoInvestors();
  for (const [index, { email, displayName, profile, awaitsVetting }] of investors.entries()) {
    report(`investor ${index + 1}/${investors.length}: ${email}`);
    const { token, created: isNew } = await account(context, email, DEMO_PASSWORDS.investor, 'investor', displayName);
    if (isNew) created++;
    let investor = await call('/v1/investors/me', { token });
    if (!investor.profile) {
      investor = await call('/v1/investors/me', {
        method: 'PATCH',
        token,
        body: profile,
        headers: { 'If-Match': '*' },
      });
    }
    if (investor.status === 'pending' && !awaitsVetting) {
      await call(`/v1/ops/investors/${investor.id}/approve`, { method: 'POST', token: operatorToken });
    }
  }
  return created;
}

/** The demo applicant's eligible application, consenting to be shown to investors (once): its id, and whether it is new. */
async function seedApplication(context, programmes) {
  const { call, report } = context;
  const { email, displayName, application } = demoApplicant();
  report(`applicant: ${email}`);
  const { token } = await account(context, email, DEMO_PASSWORDS.applicant, 'applicant', displayName);
  const mine = await call('/v1/applications?limit=1', { token });
  if (mine.items.length > 0) return { applicationId: mine.items[0].id, created: 0 };
  const grant = programmes.find(
    (programme) => programme.kind === 'grant' && programme.eligibility.regions.includes('FR-IDF'),
  );
  const draft = await call('/v1/applications', { method: 'POST', token, body: application(grant.id) });
  // Submission waits for the screening's budget hold; a moment after start it may still be warming up.
  for (let attempt = 0; ; attempt++) {
    const submitted = await call(`/v1/applications/${draft.id}/submit`, { method: 'POST', token, allow: [503] });
    if (submitted?.status !== 503) return { applicationId: draft.id, created: 1 };
    if (attempt >= 10) throw new Error('submission unavailable');
    await sleep(1000);
  }
}

/** As the operator: a visitor's read may be the gateway's answer of a second ago (ADR 0020). */
async function existingProgrammes({ call }, token) {
  const programmes = [];
  let cursor;
  do {
    const page = await call(`/v1/programmes?status=all&limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token });
    programmes.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return programmes;
}

/**
 * Seeds through the gateway at `options.api` as the operator of `options.operator`, telling
 * `options.progress` each step.
 */
export async function seed({
  api = process.env.POLLEN_API_URL ?? 'http://localhost:3000',
  operator = {
    email: process.env.POLLEN_OPERATOR_EMAIL ?? 'operator@pollen.local',
    password: process.env.POLLEN_OPERATOR_PASSWORD ?? 'pollen-operator',
  },
  progress = () => undefined,
} = {}) {
  const context = { call: apiClient(api), report: progress };
  const { call, report } = context;
  const { accessToken } = await call('/v1/auth/login', { method: 'POST', body: operator });
  const existing = await existingProgrammes(context, accessToken);
  const titles = new Set(existing.map((programme) => programme.title));
  const programmes = [...existing];
  let created = 0;
  const wanted = demoProgrammes();
  for (const [index, programme] of wanted.entries()) {
    report(`programme ${index + 1}/${wanted.length}: ${programme.title}`);
    if (titles.has(programme.title)) continue;
    programmes.push(await call('/v1/programmes', { method: 'POST', token: accessToken, body: programme }));
    created++;
  }
  const investors = await seedInvestors(context, accessToken);
  const { applicationId, created: applications } = await seedApplication(context, programmes);
  return { created, kept: existing.length, investors, applications, applicationId };
}

/** What a seeding did, and who to log in as. */
export function seedSummary({ created, kept, investors, applications, applicationId }) {
  return [
    `${created} programme(s) created, ${kept} already there; ` +
      `${investors} demo investor(s) and ${applications} demo application(s) created`,
    `demo investors (password ${DEMO_PASSWORDS.investor}): ${demoInvestors()
      .map((investor) => investor.email)
      .join(', ')}`,
    `demo applicant (password ${DEMO_PASSWORDS.applicant}): ${demoApplicant().email}`,
    `demo application ${applicationId}: npm run ops -- timeline ${applicationId}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed({ progress: (step) => process.stdout.write(`[seed] ${step}\n`) }).then(
    (done) =>
      process.stdout.write(
        seedSummary(done)
          .map((line) => `[seed] ${line}\n`)
          .join(''),
      ),
    (error) => {
      process.stderr.write(`[seed] ${error.message}\n`);
      process.exit(1);
    },
  );
}
