// Where every bench writes its figures: bench/results/<date>T<hhmm>[-<name>].json, with the
// machine they were measured on, so that a result read later says what it is beside.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Writes `{ at, tool, machine, ...figures }`; `name` tells apart benches run in the same minute. */
export function writeResult(name, { tool, ...figures }) {
  const stamp = new Date().toISOString().slice(0, 16).replace(':', '');
  const file = path.join(root, 'bench', 'results', `${stamp}${name ? `-${name}` : ''}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const machine = {
    node: process.version,
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  };
  fs.writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), tool, machine, ...figures }, null, 2)}\n`);
  console.log(`written to ${path.relative(root, file)}`);
}
