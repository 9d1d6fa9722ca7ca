import { execFileSync } from 'node:child_process';
import path from 'node:path';

import type { ProgrammePageView } from '@pollen/contracts';

import { json, Platform } from './platform';

const seedScript = path.join(__dirname, '..', '..', '..', 'tools', 'seed', 'seed.mjs');

/** `npm start` seeds demo programmes through the public API; running it twice adds nothing. */
describe('demo seeding', () => {
  let platform: Platform;
  const seed = () =>
    execFileSync(process.execPath, [seedScript], {
      env: { ...process.env, POLLEN_API_URL: platform.gateway.url },
      encoding: 'utf8',
      timeout: 60_000,
    });

  beforeAll(async () => {
    platform = await Platform.start();
  });

  afterAll(() => platform?.stop());

  it('creates at least five realistic French programmes, open now, of every kind asked for', async () => {
    expect(seed()).toMatch(/^\[seed\] 6 programme\(s\) created/);

    const page = await json<ProgrammePageView>(await platform.call('/v1/programmes?limit=100'));
    const seeded = page.items.filter((p) => /\(démo\)|démo/.test(p.operatorName));
    expect(seeded.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seeded.map((p) => p.kind))).toEqual(
      new Set(['grant', 'honour-loan', 'equity', 'guarantee', 'support']),
    );
    expect(seeded.every((p) => p.status === 'open')).toBe(true);
    expect(seeded.find((p) => p.kind === 'equity')?.eligibility.esusRequired).toBe(true);
  });

  it('adds nothing when run again', async () => {
    const before = (await json<ProgrammePageView>(await platform.call('/v1/programmes?status=all&limit=100'))).items
      .length;
    expect(seed()).toMatch(/^\[seed\] 0 programme\(s\) created/);
    const after = (await json<ProgrammePageView>(await platform.call('/v1/programmes?status=all&limit=100'))).items
      .length;
    expect(after).toBe(before);
  });
});
