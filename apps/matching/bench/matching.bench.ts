// `npm run bench -- matching`: one application matched against 1k, 10k and 100k synthetic theses,
// through the index and through a naive scan of every thesis in the same process, and what the
// index costs in memory (docs/adr/0013-thesis-index.md). Synthetic theses follow a seeded
// random draw, so two runs compare.
import { ENGAGEMENT_DIMENSIONS, IMPACT_AREAS, INSTRUMENTS, LEGAL_FORMS, REGIONS, STAGES } from '@pollen/contracts';

import { DEFAULT_WEIGHTS } from '../src/domain/matcher/criteria';
import { type MatchPolicy, proposalsAmong } from '../src/domain/matcher/evaluate';
import { passesGates } from '../src/domain/matcher/gates';
import type { MatchableApplication, MatchableThesis } from '../src/domain/matcher/matchable';
import { type PreparedThesis, prepareThesis } from '../src/domain/matcher/prepared';
import { ThesisIndex } from '../src/domain/matcher/thesis-index';

const SIZES = [1_000, 10_000, 100_000];
const APPLICATIONS = Number(process.env['BENCH_APPLICATIONS'] ?? 300);
const policy: MatchPolicy = { weights: DEFAULT_WEIGHTS, threshold: 60 };

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(2026);
const pick = <T>(values: readonly T[]): T => values[Math.floor(rnd() * values.length)] as T;
/** `n` distinct values, or none ("any") with probability `anyShare`. */
const some = <T>(values: readonly T[], max: number, anyShare: number): T[] =>
  rnd() < anyShare ? [] : [...new Set(Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(values)))];
const euros = (min: number, max: number) =>
  Math.round(Math.exp(Math.log(min) + rnd() * (Math.log(max) - Math.log(min)))) * 100;

function thesis(i: number): MatchableThesis {
  const min = euros(2_000, 300_000);
  return {
    investorId: `investor-${i}`,
    thesis: {
      instruments: some(INSTRUMENTS, 3, 0.1),
      regions: some(REGIONS, 3, 0.4),
      legalForms: some(LEGAL_FORMS, 4, 0.5),
      stages: some(STAGES, 2, 0.3),
      ticketMinCents: min,
      ticketMaxCents: min * (2 + Math.floor(rnd() * 9)),
      esusRequired: rnd() < 0.2,
      impactAreas: some(IMPACT_AREAS, 4, 0.3),
      engagementDimensions: some(ENGAGEMENT_DIMENSIONS, 3, 0.4),
      sdgs: some(
        [...Array(17).keys()].map((g) => g + 1),
        4,
        0.4,
      ),
    },
    capacityPerMonth: 10,
    remainingThisMonth: Math.floor(rnd() * 11),
  };
}

function application(i: number): MatchableApplication {
  return {
    applicationId: `app-${i}`,
    instrument: pick(INSTRUMENTS),
    region: pick(REGIONS),
    legalForm: pick(LEGAL_FORMS),
    stage: pick(STAGES),
    amountCents: euros(5_000, 500_000),
    esus: rnd() < 0.5,
    impactAreas: some(IMPACT_AREAS, 3, 0),
    engagementDimensions: some(ENGAGEMENT_DIMENSIONS, 2, 0),
    sdgs: some(
      [...Array(17).keys()].map((g) => g + 1),
      3,
      0,
    ),
  };
}

/**
 * Milliseconds per application (the best of ROUNDS passes over the same applications, so a moment
 * of load elsewhere on the machine does not count), and how many theses passed the gates per
 * application.
 */
const ROUNDS = 3;
function measure(match: (app: MatchableApplication) => number, apps: MatchableApplication[]) {
  for (const app of apps.slice(0, 10)) match(app); // warm-up
  let best = Infinity;
  let survivors = 0;
  for (let round = 0; round < ROUNDS; round++) {
    survivors = 0;
    const started = performance.now();
    for (const app of apps) survivors += match(app);
    best = Math.min(best, (performance.now() - started) / apps.length);
  }
  return { msPerApp: best, survivors: survivors / apps.length };
}

const heapMiB = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/**
 * What matching does per application with the theses through the gates: score each, explain those
 * proposed. The same call for the index and the naive scan: only how the gates are answered differs.
 */
let proposed = 0;
function matchAll(app: MatchableApplication, candidates: PreparedThesis[]): number {
  proposed += proposalsAmong(app, candidates, policy).length;
  return candidates.length;
}

/** The naive scan keeps its theses prepared too, in one array it reads from end to end. */
const naiveGates = (app: MatchableApplication, theses: PreparedThesis[]) =>
  theses.filter((prepared) => passesGates(app, prepared.candidate.thesis));

const apps = Array.from({ length: APPLICATIONS }, (_, i) => application(i));
const rows = [];
for (const size of SIZES) {
  heapMiB(); // the previous size's theses and index are garbage by now
  const theses = Array.from({ length: size }, (_, i) => thesis(i));
  const before = heapMiB();
  const index = new ThesisIndex();
  // The index prepares each thesis as it takes it (its codes as bits, read once, not per
  // application): the heap counts the prepared theses too.
  for (const candidate of theses) index.upsert(candidate);
  const indexMiB = heapMiB() - before;
  const scanned = theses.map(prepareThesis);
  // Both read the same applications: the ratio compares like with like.

  const gatesIndexed = measure((app) => index.preparedCandidates(app).length, apps);
  const gatesNaive = measure((app) => naiveGates(app, scanned).length, apps);
  proposed = 0;
  const full = measure((app) => matchAll(app, index.preparedCandidates(app)), apps);
  const proposedPerApp = proposed / (ROUNDS * apps.length + 10); // the warm-up proposes too
  const fullNaive = measure((app) => matchAll(app, naiveGates(app, scanned)), apps);
  rows.push({
    theses: size.toLocaleString('en'),
    'through the gates': gatesIndexed.survivors.toFixed(0),
    proposed: proposedPerApp.toFixed(0),
    'gates: index': `${gatesIndexed.msPerApp.toFixed(3)} ms`,
    'gates: naive': `${gatesNaive.msPerApp.toFixed(3)} ms`,
    'match: index': `${full.msPerApp.toFixed(3)} ms`,
    'match: naive': `${fullNaive.msPerApp.toFixed(3)} ms`,
    'index faster': `${(fullNaive.msPerApp / full.msPerApp).toFixed(1)}×`,
    'index heap': global.gc ? `${indexMiB.toFixed(1)} MiB` : 'run with --expose-gc',
  });
}
console.log(
  `\nPollen matching benchmark — ${APPLICATIONS} applications per size, the best of ${ROUNDS} passes, ${new Date().toISOString()}`,
);
console.log('match = the gates, a score for each thesis through them, an explanation for each proposed (score ≥ 60)');
console.table(rows);
