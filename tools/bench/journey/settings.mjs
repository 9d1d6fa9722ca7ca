// What the journey's modules share: the settings a run reads from the environment, the names the
// platform gives its consumer groups, and the message catalogue, loaded once.
//
//   BENCH_THESES             approved investors with a thesis (1000)
//   BENCH_JOURNEY_RATES      submissions per second, one run each (10,50,100)
//   BENCH_JOURNEY_SECONDS    seconds of submissions at each rate (30)
//   BENCH_RUSH_SUBMISSIONS   submissions of the deadline rush, to one programme (2000)
//   BENCH_RUSH_SECONDS       over how many seconds (60)
//   BENCH_DRAIN_SECONDS      how long after the last submission a stage may still be reached (300)
//   BENCH_APPLICANTS         applicant accounts the drafts are shared among (50)
//   BENCH_SEED_CONCURRENCY   requests in flight while seeding investors and drafts (8)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const require = createRequire(path.join(root, 'package.json'));

const setting = (name, fallback) => Number(process.env[name] ?? fallback);
export const THESES = setting('BENCH_THESES', 1000);
export const RATES = (process.env.BENCH_JOURNEY_RATES ?? '10,50,100').split(',').map(Number);
export const RATE_SECONDS = setting('BENCH_JOURNEY_SECONDS', 30);
export const RUSH_SUBMISSIONS = setting('BENCH_RUSH_SUBMISSIONS', 2000);
export const RUSH_SECONDS = setting('BENCH_RUSH_SECONDS', 60);
export const DRAIN_SECONDS = setting('BENCH_DRAIN_SECONDS', 300);
export const APPLICANTS = setting('BENCH_APPLICANTS', 50);
export const SEED_CONCURRENCY = setting('BENCH_SEED_CONCURRENCY', 8);

export const PASSWORD = 'a long enough password';
/** The gateway's longest access token (its config's maximum): the run outlasts the default 15 min. */
export const TOKEN_TTL_SECONDS = 3600;
/** The matching service's consumer group for events (consumerGroupOf in libs/platform/kafka). */
export const MATCHING_EVENTS_GROUP = 'matching';
/** The services on the path, each consuming events in a group named after itself (as above). */
export const PATH_SERVICES = ['applications', 'matching', 'notifications', 'gateway'];

/**
 * The message catalogue (libs/contracts), loaded from its TypeScript sources as ../webhooks.mjs loads
 * the service's: topic names, consent notice and codes come from the one list the services use.
 */
function catalogue() {
  process.env.SWC_NODE_PROJECT ??= path.join(root, 'tsconfig.base.json');
  require('@swc-node/register');
  return require(path.join(root, 'libs', 'contracts', 'src', 'index.ts'));
}
export const contracts = catalogue();
export const { Topics, Headers, deadLetterTopicOf } = contracts;
