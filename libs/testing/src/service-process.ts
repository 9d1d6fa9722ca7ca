import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

import { eventually } from './eventually';
import { infraProfile, kafkaUserEnv } from './test-infrastructure';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
/** Beside the logs of the infrastructure the tests use. */
const logsDir = () => path.join(repoRoot, '.pollen', infraProfile(), 'logs');

/** Ports this process handed out: services started together must not be given one twice. */
const handedOut = new Set<number>();

/** A port free now, never one this process handed out before (the OS may offer a closed one again). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
}

/**
 * A built service (dist/apps/<service>/main.js) running as its own process, as in production:
 * end-to-end tests talk to it over HTTP and Kafka, and may kill it.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  readonly logFile: string;

  private constructor(
    readonly service: string,
    readonly port: number,
    readonly managementPort: number,
    private readonly env: Record<string, string>,
  ) {
    this.logFile = path.join(logsDir(), `e2e-${service}-${port}.log`);
  }

  static async start(service: string, env: Record<string, string>): Promise<ServiceProcess> {
    const started = new ServiceProcess(service, await freePort(), await freePort(), env);
    await started.restart();
    return started;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Its health and metrics. */
  get managementUrl(): string {
    return `http://127.0.0.1:${this.managementPort}`;
  }

  /** Starts (again) with the same port and environment (with `changes`), and waits until ready. */
  async restart(changes: Record<string, string> = {}): Promise<void> {
    Object.assign(this.env, changes);
    const main = path.join(repoRoot, 'dist', 'apps', this.service, 'main.js');
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: build ${this.service} first`);
    fs.mkdirSync(logsDir(), { recursive: true });
    const log = fs.openSync(this.logFile, 'a');
    this.child = spawn(process.execPath, [main], {
      // The repository's root, as under `npm start`, whatever directory Jest runs in (`nx test`
      // runs it in the project's): the gateway finds the built portal at PORTAL_DIR's default,
      // dist/apps/portal, relative to it.
      cwd: repoRoot,
      // On the secure profile's broker each service logs in as its own Kafka user.
      env: {
        ...process.env,
        ...kafkaUserEnv(this.service),
        ...this.env,
        PORT: String(this.port),
        MANAGEMENT_PORT: String(this.managementPort),
      },
      stdio: ['ignore', log, log],
    });
    fs.closeSync(log);
    await this.waitUntil(200);
  }

  /** Its metrics, as Prometheus scrapes them. */
  async metrics(): Promise<string> {
    return (await fetch(`${this.managementUrl}/metrics`)).text();
  }

  async ready(): Promise<number> {
    const response = await fetch(`${this.managementUrl}/health/ready`).catch(() => undefined);
    return response?.status ?? 0;
  }

  /** Waits until /health/ready answers this status. */
  async waitUntil(status: 200 | 503, timeoutMs = 60_000): Promise<void> {
    const outcome = await eventually(
      async () => (this.exited ? 'exited' : (await this.ready()) === status && 'reached'),
      { timeoutMs, intervalMs: 200, what: `${this.service} /health/ready → ${status}` },
    );
    if (outcome === 'exited')
      throw new Error(`${this.service} exited with ${this.child?.exitCode}; see ${this.logFile}`);
  }

  private get exited(): boolean {
    return this.child?.exitCode !== null && this.child?.exitCode !== undefined;
  }

  /** SIGKILL: no graceful shutdown, as when a node dies. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  logs(): string {
    return fs.existsSync(this.logFile) ? fs.readFileSync(this.logFile, 'utf8') : '';
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
