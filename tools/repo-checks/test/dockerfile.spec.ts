import { SERVICES } from '@pollen/contracts';

import { DockerfileInstruction, parseDockerfile, readRepoFile, stageChain } from '../src';

/** What the root Dockerfile promises: one small, non-root, self-checking image per service. */

// The Dockerfile cannot read the one list of services (libs/contracts/src/services.js): checked here.
const apps = SERVICES.map(({ name, port, managementPort }): [string, number, number] => [name, port, managementPort]);

const dockerfile = parseDockerfile(readRepoFile('Dockerfile'));

/** The instructions that make up the image built with SERVICE=name, base stages first. */
function runtimeInstructions(name: string): DockerfileInstruction[] {
  return stageChain(dockerfile, { SERVICE: name }).stages.flatMap((stage) => stage.instructions);
}

function lastArgs(instructions: DockerfileInstruction[], keyword: string): string | undefined {
  return instructions.filter((instruction) => instruction.keyword === keyword).at(-1)?.args;
}

/** ENV as the image ends up with it: `ENV A=1 B="2"` and the legacy `ENV A 1`, later wins. */
function envOf(instructions: DockerfileInstruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { keyword, args } of instructions) {
    if (keyword !== 'ENV') continue;
    const legacy = /^(\w+)\s+([^=]*)$/.exec(args);
    if (legacy) env[legacy[1]] = legacy[2];
    for (const [, key, value] of args.matchAll(/(\w+)=("[^"]*"|'[^']*'|\S*)/g)) {
      env[key] = value.replace(/^(["'])(.*)\1$/, '$2');
    }
  }
  return env;
}

const isRoot = (user: string) => /^(root|0)(:|$)/.test(user.trim());

describe('Dockerfile', () => {
  it('is multi-stage: the build tools never reach the runtime image', () => {
    expect(dockerfile.stages.length).toBeGreaterThanOrEqual(2);
    expect(runtimeInstructions('gateway').some((instruction) => instruction.args.includes('nx run-many'))).toBe(false);
  });

  it('takes the service to build as ARG SERVICE and builds it with Nx', () => {
    const build = dockerfile.stages
      .flatMap((stage) => stage.instructions)
      .find((instruction) => /nx run-many -t build/.test(instruction.args));

    expect(dockerfile.globalArgs.map((arg) => arg.args.split('=')[0])).toContain('SERVICE');
    expect(build?.args).toMatch(/--projects="?\$\{?SERVICE\}?"?/);
  });

  it('installs the workspace with npm ci and the image only with production dependencies', () => {
    const runs = dockerfile.stages
      .flatMap((stage) => stage.instructions)
      .filter((instruction) => instruction.keyword === 'RUN');

    expect(runs.some((run) => /\bnpm ci\b/.test(run.args))).toBe(true);
    expect(runs.some((run) => /npm (ci|install) .*--omit=dev/.test(run.args))).toBe(true);
  });

  it('has one service-* stage per service of the list, and no other', () => {
    const stages = dockerfile.stages.flatMap((stage) => (stage.name?.startsWith('service-') ? [stage.name] : []));

    expect(stages.sort()).toEqual(apps.map(([name]) => `service-${name}`).sort());
  });

  describe.each(apps)('built with SERVICE=%s', (name, port, managementPort) => {
    it('runs on node:20-bookworm-slim in production mode', () => {
      expect(stageChain(dockerfile, { SERVICE: name }).image).toBe('node:20-bookworm-slim');
      expect(envOf(runtimeInstructions(name))['NODE_ENV']).toBe('production');
    });

    it(`listens on and exposes ports ${port} and ${managementPort}, and checks the latter`, () => {
      const instructions = runtimeInstructions(name);

      expect(envOf(instructions)['PORT']).toBe(String(port));
      expect(envOf(instructions)['MANAGEMENT_PORT']).toBe(String(managementPort));
      expect(lastArgs(instructions, 'EXPOSE')).toMatch(/^\$\{?PORT\}? \$\{?MANAGEMENT_PORT\}?$/);
      expect(lastArgs(instructions, 'HEALTHCHECK')).toContain(
        "fetch('http://127.0.0.1:' + process.env.MANAGEMENT_PORT + '/health/live'",
      );
    });

    it('copies its own bundle from the build stage', () => {
      const copies = runtimeInstructions(name).filter((instruction) => instruction.keyword === 'COPY');

      expect(copies.some((copy) => /--from=build\s.*dist\/apps\/\$\{?SERVICE\}?/.test(copy.args))).toBe(true);
    });
  });

  it("builds the portal for the gateway's image, and puts it where the gateway reads it (PORTAL_DIR, dist/apps/portal under /app)", () => {
    const build = dockerfile.stages
      .flatMap((stage) => stage.instructions)
      .find((instruction) => /nx run-many -t build/.test(instruction.args));
    const copiesPortal = (name: string) =>
      runtimeInstructions(name).some(
        ({ keyword, args }) =>
          keyword === 'COPY' &&
          /^--from=build\s+\/workspace\/dist\/apps\/portal\/?\s+\.\/dist\/apps\/portal\/?$/.test(args),
      );

    expect(build?.args).toMatch(/if \[ "\$SERVICE" = gateway \]; then portal=,portal; fi/);
    expect(lastArgs(runtimeInstructions('gateway'), 'WORKDIR')).toBe('/app');
    expect(copiesPortal('gateway')).toBe(true);
    expect(apps.map(([name]) => name).filter((name) => name !== 'gateway' && copiesPortal(name))).toEqual([]);
  });

  it('runs the final stage as the non-root node user and never switches back to root', () => {
    const users = runtimeInstructions('gateway')
      .filter((instruction) => instruction.keyword === 'USER')
      .map((instruction) => instruction.args);
    const finalStageUsers =
      dockerfile.stages.at(-1)?.instructions.filter((instruction) => instruction.keyword === 'USER') ?? [];

    expect(finalStageUsers.map((instruction) => instruction.args)).toContain('node');
    expect(users.at(-1)).toBe('node');
    expect(users.slice(users.indexOf('node')).some(isRoot)).toBe(false);
  });

  it("checks the container's health with Node's fetch, since slim images have no curl", () => {
    const healthcheck = lastArgs(dockerfile.stages.at(-1)?.instructions ?? [], 'HEALTHCHECK') ?? '';

    const command = JSON.parse(healthcheck.replace(/^(--\S+\s+)*CMD\s+/, '')) as unknown;

    expect(command).toEqual(['node', '-e', expect.stringContaining('/health/live')]);
    expect(healthcheck).not.toMatch(/\bcurl\b|\bwget\b/);
  });

  it('starts the bundle with node main.js in exec form, so node receives SIGTERM', () => {
    expect(JSON.parse(lastArgs(dockerfile.stages.at(-1)?.instructions ?? [], 'CMD') ?? 'null')).toEqual([
      'node',
      'main.js',
    ]);
  });
});

describe('.dockerignore', () => {
  it('keeps host dependencies, build output, local data and history out of the build context', () => {
    const ignored = readRepoFile('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));

    expect(ignored).toEqual(
      expect.arrayContaining(['node_modules', 'dist', '.pollen', 'reports', '.nx', 'coverage', '.git']),
    );
  });
});
