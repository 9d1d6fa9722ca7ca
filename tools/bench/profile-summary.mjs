#!/usr/bin/env node
// Where a service spent its CPU: the self time of a V8 CPU profile (`node --cpu-prof`, written by
// `BENCH_CPU_PROFILE=<folder> npm run bench`) by function and by package, so a profile can be read
// in a terminal and quoted in docs/performance.md. Usage: node tools/bench/profile-summary.mjs <file.cpuprofile> [top] [from s] [to s]
import fs from 'node:fs';

const [file, top = '25', from = '0', to = 'Infinity'] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
// Only the samples between `from` and `to` seconds after the profile began, when given: one
// measure of a run (the busy timeline printed below says where each began and ended).
const [fromMicros, toMicros] = [Number(from) * 1e6, Number(to) * 1e6];
const selfMicros = new Map();
const busyBySecond = [];
for (let i = 0, at = 0; i < profile.samples.length; i++) {
  const micros = profile.timeDeltas[i] ?? 0;
  at += micros;
  const second = Math.floor(at / 1e6);
  busyBySecond[second] ??= 0;
  if (byId.get(profile.samples[i]).callFrame.functionName !== '(idle)') busyBySecond[second] += micros;
  if (at < fromMicros || at >= toMicros) continue;
  const id = profile.samples[i];
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + micros);
}
const total = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0);

/** node_modules/<package>, node:internal, our bundle, or V8's own (GC, idle, program). */
function origin({ callFrame: { url, functionName } }) {
  if (!url) return `(${functionName || 'native'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node:internal';
  return url.includes('/dist/') ? 'pollen (dist)' : url;
}

const sum = (key) => {
  const totals = new Map();
  for (const [id, micros] of selfMicros) {
    const name = key(byId.get(id));
    totals.set(name, (totals.get(name) ?? 0) + micros);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(top))
    .map(([name, micros]) => ({
      name,
      'self ms': Math.round(micros / 1000),
      '%': Number(((micros / total) * 100).toFixed(1)),
    }));
};

console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
console.log(
  `busy % by second: ${Array.from(busyBySecond, (micros, second) => `${second}:${Math.round((micros ?? 0) / 1e4)}`).join(' ')}`,
);
console.table(sum(origin));
console.table(
  sum((node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  }),
);
