import { execFileSync } from 'node:child_process';
import path from 'node:path';

import type { DealFlowPageView, InvestorPageView, InvestorView, ProgrammePageView } from '@pollen/contracts';
import { eventually } from '@pollen/testing';

import { json, Platform } from './platform';

const seedScript = path.join(__dirname, '..', '..', '..', 'tools', 'seed', 'seed.mjs');
const opsScript = path.join(__dirname, '..', '..', '..', 'tools', 'ops', 'ops.mjs');
const DEMO_APPLICATION = 'La Cyclofficine solidaire (démo)';

/**
 * `npm start` seeds demo programmes, three approved demo investors (a fourth left to vet) and an
 * applicant's eligible application through the public API, so deal-flow shows at once, telling each step; running it
 * twice (or `npm run ops -- seed-demo`) adds nothing.
 */
describe('demo seeding', () => {
  let platform: Platform;
  const seed = () =>
    execFileSync(process.execPath, [seedScript], {
      env: { ...process.env, POLLEN_API_URL: platform.gateway.url },
      encoding: 'utf8',
      timeout: 60_000,
    });

  beforeAll(async () => {
    platform = await Platform.start(['matching']);
  });

  afterAll(() => platform?.stop());

  it('creates at least five realistic French programmes, open now, of every kind asked for', async () => {
    const printed = seed();
    expect(printed).toMatch(/^\[seed\] programme 1\/6: /);
    expect(printed).toMatch(/^\[seed\] 6 programme\(s\) created, 0 already there; 4 demo investor\(s\) and 1 demo/m);
    expect(printed).toMatch(/^\[seed\] demo application [\da-f-]{36}: npm run ops -- timeline [\da-f-]{36}$/m);

    const page = await json<ProgrammePageView>(await platform.call('/v1/programmes?limit=100'));
    const seeded = page.items.filter((p) => /\(démo\)|démo/.test(p.operatorName));
    expect(seeded.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seeded.map((p) => p.kind))).toEqual(
      new Set(['grant', 'honour-loan', 'equity', 'guarantee', 'support']),
    );
    expect(seeded.every((p) => p.status === 'open')).toBe(true);
    expect(seeded.find((p) => p.kind === 'equity')?.eligibility.esusRequired).toBe(true);
  });

  it('approves three demo investors whose deal-flow shows the demo application at once', async () => {
    for (const email of [
      'fonds-solidaire@demo.pollen.local',
      'fondation-terres@demo.pollen.local',
      'business-angel@demo.pollen.local',
    ]) {
      const token = await platform.logIn(email, 'pollen-investor');
      const investor = await json<InvestorView>(await platform.call('/v1/investors/me', { token }));
      expect(investor).toMatchObject({ status: 'approved', profile: { active: true } });
      // Applications other test files left on the broker may be matched to these investors too.
      const names = await eventually(
        async () => {
          const page = await json<DealFlowPageView>(await platform.call('/v1/deal-flow?limit=100', { token }));
          const listed = page.items.map((item) => item.project.organisation.name);
          return listed.includes(DEMO_APPLICATION) ? listed : undefined;
        },
        { what: `the demo application in the deal-flow of ${email}` },
      );
      expect(names).toContain(DEMO_APPLICATION);
    }
  });

  it('leaves a fourth demo investor, profile filled in, for the operator to vet', async () => {
    const operator = await platform.operator();
    const pending = await json<InvestorPageView>(
      await platform.call('/v1/ops/investors?status=pending&limit=100', { token: operator }),
    );
    expect(pending.items.map((investor) => investor.profile?.organisation.name)).toContain('Fondation Lumière (démo)');
  });

  it('adds nothing when run again, from the operators’ command line: `npm run ops -- seed-demo`', async () => {
    // Signed in: a visitor's read could be the gateway's one-second-old answer (ADR 0020).
    const operator = await platform.operator();
    const count = async () =>
      (await json<ProgrammePageView>(await platform.call('/v1/programmes?status=all&limit=100', { token: operator })))
        .items.length;
    const before = await count();
    const printed = execFileSync(process.execPath, [opsScript, 'seed-demo'], {
      env: { ...process.env, POLLEN_API: platform.gateway.url },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(printed).toMatch(/^seeding programme 1\/6: .+…$/m);
    expect(printed).toMatch(/^0 programme\(s\) created, 6 already there; 0 demo investor\(s\) and 0 demo/m);
    expect(await count()).toBe(before);
  });
});
