// The one way the benchmarks load an HTTP path: autocannon, a second of warm-up (JIT,
// connections), then the measured run; answers of another status than expected count as errors.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'));
const autocannon = require('autocannon');

export const loadTool = { name: 'autocannon', version: require('autocannon/package.json').version };

export async function httpLoad({ connections, seconds, status: expected = 200, ...options }) {
  await autocannon({ ...options, connections, duration: 1 });
  const result = await autocannon({ ...options, connections, duration: seconds });
  const unexpected = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => Number(status) !== expected)
    .reduce((sum, [, { count }]) => sum + count, 0);
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + unexpected,
  };
}
