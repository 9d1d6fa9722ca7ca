#!/usr/bin/env node
// Adds up the Jest results every project wrote to reports/jest/<project>.json (see
// tools/jest/summary-reporter.cjs) and checks that every Nx project with a test target actually ran
// tests: a project without a report, or with a report of zero tests, counts as one failure.
// Prints one line per project and, as its last line, exactly "N passed, M failed". Exit code 1 when M > 0.
// Usage: node tools/run/summary.mjs [--reports-dir DIR] [--projects a,b,c] [--total-only]
//   --projects  the projects expected to report (default: `nx show projects --with-target=test`)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nxEnv, repoRoot } from './common.mjs';

const SLOWEST_SHOWN = 10;

export const defaultReportsDir = path.join(repoRoot, 'reports', 'jest');

/** Names of the Nx projects that have a test target. Throws when Nx cannot tell. */
export function listTestProjects() {
  const result = spawnSync('npx', ['nx', 'show', 'projects', '--with-target=test', '--json'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...nxEnv },
    maxBuffer: 16 * 1024 * 1024,
  });
  const json = /\[[^]*\]/.exec(result.stdout ?? '')?.[0];
  if (result.status !== 0 || !json) {
    const detail = `${result.error?.message ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
    throw new Error(`could not list the Nx projects with a test target (exit ${result.status}): ${detail}`);
  }
  return JSON.parse(json).sort();
}

function displayPath(dir) {
  const relative = path.relative(repoRoot, dir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : dir;
}

function readReports(reportsDir) {
  const reports = new Map();
  const files = fs.existsSync(reportsDir) ? fs.readdirSync(reportsDir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files.sort()) {
    const name = file.slice(0, -'.json'.length);
    try {
      const report = JSON.parse(fs.readFileSync(path.join(reportsDir, file), 'utf8'));
      reports.set(report.project ?? name, report);
    } catch (error) {
      reports.set(name, { unreadable: error.message });
    }
  }
  return reports;
}

/**
 * Returns { passed, failed, lines, ok }. `projects` are the projects expected to report; when omitted
 * they are listed with Nx (if that fails, the failure is reported and counted as one failure).
 */
export function summarize({ reportsDir = defaultReportsDir, projects } = {}) {
  const lines = [];
  let passed = 0;
  let failed = 0;
  let expected = projects;
  if (!expected) {
    try {
      expected = listTestProjects();
    } catch (error) {
      lines.push(`FAIL  ${error.message}`);
      failed += 1;
      expected = [];
    }
  }
  const reports = readReports(reportsDir);
  const names = [...new Set([...expected, ...reports.keys()])].sort();
  const width = Math.max(0, ...names.map((name) => name.length));
  const where = displayPath(reportsDir);
  for (const name of names) {
    const report = reports.get(name);
    const label = name.padEnd(width);
    if (!report) {
      lines.push(
        `FAIL  ${label}  no report in ${where} (its Nx task failed before Jest reported, or was skipped: see "Failed tasks" above)`,
      );
      failed += 1;
      continue;
    }
    if (report.unreadable) {
      lines.push(`FAIL  ${label}  unreadable report: ${report.unreadable}`);
      failed += 1;
      continue;
    }
    const p = Number(report.passed) || 0;
    const f = Number(report.failed) || 0;
    passed += p;
    failed += f;
    const suites = Number(report.suites) || 0;
    const took = Number(report.seconds) > 0 ? ` in ${Number(report.seconds).toFixed(0)} s` : '';
    const counts = `${p} passed, ${f} failed, ${Number(report.skipped) || 0} skipped (${suites} suite${suites === 1 ? '' : 's'}${took})`;
    if (!(Number(report.total) > 0)) {
      lines.push(`FAIL  ${label}  project ${name} ran zero tests`);
      failed += 1;
    } else if (f > 0) {
      lines.push(`FAIL  ${label}  ${counts}`);
      for (const failure of report.failures ?? []) lines.push(`        ${String(failure).slice(0, 400)}`);
    } else if (report.success === false) {
      // Jest failed without a failing test (e.g. a coverage threshold or a broken setup): one failure.
      lines.push(`FAIL  ${label}  ${counts}, but Jest reported the run as failed`);
      failed += 1;
    } else {
      lines.push(`ok    ${label}  ${counts}`);
    }
  }
  const slowest = [...reports.entries()]
    .flatMap(([project, report]) => (report.slowest ?? []).map((suite) => ({ project, ...suite })))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, SLOWEST_SHOWN)
    .map((suite) => `${String(suite.seconds.toFixed(1)).padStart(6)} s  ${suite.project} › ${suite.file}`);
  return { passed, failed, lines, slowest, ok: failed === 0 };
}

/**
 * Prints the per-project lines (unless `totalOnly`: `npm test` printed them already), then
 * "N passed, M failed" as the very last line.
 */
export function printSummary(options) {
  const result = summarize(options);
  const where = displayPath(options?.reportsDir ?? defaultReportsDir);
  if (!options?.totalOnly) {
    process.stdout.write(`${[`Test summary (${where}):`, ...result.lines.map((l) => `  ${l}`)].join('\n')}\n`);
    if (result.slowest.length) {
      process.stdout.write(`${['Slowest test files:', ...result.slowest.map((l) => `  ${l}`)].join('\n')}\n`);
    }
  }
  process.stdout.write(`${result.passed} passed, ${result.failed} failed\n`);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const reportsDir = option('--reports-dir');
  const projects = option('--projects');
  const result = printSummary({
    reportsDir: reportsDir ? path.resolve(reportsDir) : defaultReportsDir,
    projects: projects === undefined ? undefined : projects.split(',').filter(Boolean),
    totalOnly: args.includes('--total-only'),
  });
  process.exitCode = result.ok ? 0 : 1;
}
