import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { eventually, freePort, testInfrastructure, uniqueName } from '@pollen/testing';
import mongoose from 'mongoose';

/**
 * Proves `nx g @pollen/tools:service` on a real copy of the workspace: a git worktree of HEAD (so
 * it proves what is committed; POLLEN_GENERATOR_TEST_REF picks another commit), sharing this
 * checkout's node_modules. The generated service must build, lint, start against the real test
 * Kafka and database, and report ready, with no hand edits.
 */

const run = promisify(execFile);
const repoRoot = resolve(__dirname, '..', '..', '..');
const ref = process.env['POLLEN_GENERATOR_TEST_REF'] ?? 'HEAD';
const service = 'probe';

// Nx as a script drives it: no daemon, cloud, TUI or prompt, and none of the variables of the Nx
// task this test may itself run in (they would point the inner Nx at this workspace).
const nxEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NX_'))),
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  CI: 'true',
};

describe('nx g @pollen/tools:service', () => {
  let workspace: string;
  let temp: string;
  let child: ChildProcess | undefined;
  let database: string | undefined;

  const nxBin = join(repoRoot, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
  const nx = (...args: string[]) =>
    run(process.execPath, [nxBin, ...args], {
      cwd: workspace,
      env: nxEnv,
      maxBuffer: 64 * 1024 * 1024,
    });

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'pollen-generator-'));
    workspace = join(temp, 'workspace');
    await run('git', ['worktree', 'prune'], { cwd: repoRoot });
    await run('git', ['worktree', 'add', '--detach', workspace, ref], { cwd: repoRoot });
    symlinkSync(join(repoRoot, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (database) {
      const connection = await mongoose
        .createConnection(testInfrastructure().mongoUri, { dbName: database })
        .asPromise();
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    }
    if (workspace)
      await run('git', ['worktree', 'remove', '--force', workspace], { cwd: repoRoot }).catch(() => undefined);
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it('makes a service that builds, lints, starts and reports ready with no hand edits', async () => {
    const { kafkaBrokers, mongoUri } = testInfrastructure();
    const port = await freePort();
    const managementPort = await freePort();

    await nx('g', `@pollen/tools:service`, service, `--port=${port}`, '--no-interactive');

    const services = readFileSync(join(workspace, 'libs', 'contracts', 'src', 'services.js'), 'utf8');
    expect(services).toMatch(
      new RegExp(`\\{ name: '${service}', port: ${port}, managementPort: \\d+ \\},\\n  \\{ name: 'gateway'`),
    );
    expect(readFileSync(join(workspace, 'Dockerfile'), 'utf8')).toMatch(
      new RegExp(`AS service-${service}\\nENV PORT=${port} \\\\\\n    MANAGEMENT_PORT=\\d+\\n`),
    );
    expect(readFileSync(join(workspace, 'docker-compose.yml'), 'utf8')).toContain(`\n  ${service}:\n`);

    await nx('run-many', '-t', 'build', 'lint', `--projects=${service}`, '--parallel=2', '--skip-nx-cache');
    const main = join(workspace, 'dist', 'apps', service, 'main.js');
    expect(existsSync(main)).toBe(true);

    database = uniqueName(`test-${service}`);
    const logFile = join(temp, `${service}.log`);
    const log = openSync(logFile, 'w');
    child = spawn(process.execPath, [main], {
      cwd: workspace,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        MANAGEMENT_PORT: String(managementPort),
        KAFKA_BROKERS: kafkaBrokers.join(','),
        MONGODB_URI: mongoUri,
        MONGODB_DATABASE: database,
        KAFKA_TOPICS_MODE: 'create',
        LOG_LEVEL: 'warn',
      },
    });
    closeSync(log);
    const exited = new Promise<void>((resolveExit) => child?.once('exit', () => resolveExit()));

    const ready = await eventually(
      async () => {
        if (child?.exitCode !== null) throw new Error(`${service} exited: ${readFileSync(logFile, 'utf8')}`);
        const response = await fetch(`http://127.0.0.1:${managementPort}/health/ready`, {
          signal: AbortSignal.timeout(2_000),
        });
        return response.status === 200 && ((await response.json()) as { checks: unknown });
      },
      { timeoutMs: 60_000, intervalMs: 250, what: `${service} ready on :${managementPort}` },
    );
    // It reads the account events (to confirm erasures, as every service does): its consumers join.
    expect(ready.checks).toEqual({
      'consumers:events': { ok: true },
      dependencies: { ok: true },
      kafka: { ok: true },
      mongodb: { ok: true },
    });

    child.kill('SIGTERM');
    await exited;
  }, 180_000);
});
