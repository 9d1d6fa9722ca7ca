#!/usr/bin/env node
// `npm run test:secure`: the end-to-end suite (apps/e2e) against Kafka with SCRAM over TLS and the
// catalogue's ACLs (tools/infra's secure profile, with its own FerretDB and Mailpit). Each service
// the suite starts logs in as its own Kafka user (libs/testing's ServiceProcess reads
// POLLEN_KAFKA_USERS_FILE); the tests' own clients log in as the super user. Fault tests stop and
// start the secure profile's servers (POLLEN_INFRA_PROFILE), never the test profile's. It stops
// what it started and exits non-zero if anything failed.
import { SERVICES } from '../../libs/contracts/src/services.js';
import { ensureChromium } from '../infra/chromium.mjs';
import { profileEnv } from '../infra/infra.mjs';
import { infraUp, nxEnv, run, say, seconds } from './common.mjs';

const started = Date.now();
// The suite's browser tests (apps/e2e/test/portal/) drive Debian's Chromium: installed when missing.
await ensureChromium().catch((error) => {
  say(error.message);
  process.exit(1);
});
const infra = await infraUp('secure');
const env = { ...nxEnv, ...profileEnv(infra.settings) };
say(
  `secure profile up: KAFKA_BROKERS=${env.KAFKA_BROKERS} as ${env.KAFKA_SASL_USERNAME} over TLS, users in ${env.POLLEN_KAFKA_USERS_FILE}`,
);
let code = 1;
try {
  // Every service from this tree: e2e:test builds those it names, not operations, which the suite starts too.
  const services = SERVICES.map((service) => service.name).join(',');
  ({ code } = await run('npx', ['nx', 'run-many', '-t', 'build', `--projects=${services}`], { env: nxEnv }));
  if (code !== 0) throw new Error('the services did not build');
  ({ code } = await run(
    'npx',
    [
      'nx',
      'run',
      'e2e:test',
      '--skip-nx-cache',
      '--output-style=stream',
      '--',
      '--runInBand',
      ...process.argv.slice(2),
    ],
    { env },
  ));
} catch (error) {
  say(error.message);
} finally {
  if (infra.started.length) await infra.stop();
}
say(`test:secure ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(Date.now() - started)}`);
process.exit(code);
