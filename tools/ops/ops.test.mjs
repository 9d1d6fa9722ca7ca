// node --test tools/ops: the CLI's exit codes against a fake gateway.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

const script = fileURLToPath(new URL('./ops.mjs', import.meta.url));
const ID = 'pollen.applications.application-events.v2.matching.dlt:0:7';
const deadLetter = {
  id: ID,
  state: 'open',
  kind: 'event',
  type: 'application.drafted',
  reason: 'retries-exhausted',
  attempts: 4,
  replays: [],
  value: '{}',
};
let server;
let api;

before(async () => {
  server = createServer((request, response) => {
    const send = (status, body) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (request.url === '/v1/auth/login') return send(200, { accessToken: 'token' });
    if (request.headers.authorization !== 'Bearer token') return send(401, { code: 'auth.token-required' });
    if (request.url.startsWith('/v1/ops/dead-letters?')) return send(200, { items: [deadLetter], nextCursor: null });
    if (request.url === `/v1/ops/dead-letters/${encodeURIComponent(ID)}/replay`)
      return send(202, { ...deadLetter, state: 'replaying' });
    if (request.url === `/v1/ops/dead-letters/${encodeURIComponent(ID)}`) return send(200, deadLetter);
    return send(409, { code: 'dead-letter.not-replayable', detail: 'Only event dead letters can be replayed' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

const run = (...args) =>
  new Promise((resolve) => {
    // spawnSync would block the fake server in this process: run asynchronously.
    import('node:child_process').then(({ spawn }) => {
      const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, POLLEN_API: api } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  });

test('lists dead letters as a table and exits 0', async () => {
  const result = await run('dead-letters', 'list', '--state', 'open');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^id\s+state/);
  assert.match(result.stdout, /application\.drafted/);
});

test('shows one and replays it, exiting 0', async () => {
  assert.equal((await run('dead-letters', 'show', ID)).status, 0);
  const replay = await run('dead-letters', 'replay', ID);
  assert.equal(replay.status, 0);
  assert.match(replay.stdout, /replaying/);
});

test('exits 1 when the gateway refuses, with the reason code', async () => {
  const result = await run('dead-letters', 'replay', 'requests.dlt:0:1');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /409 dead-letter\.not-replayable/);
});

test('exits 2 on bad usage', () => {
  for (const args of [
    [],
    ['dead-letters'],
    ['dead-letters', 'replay'],
    ['dead-letters', 'list', '--colour', 'red'],
    ['tables'],
  ]) {
    assert.equal(spawnSync(process.execPath, [script, ...args]).status, 2, args.join(' '));
  }
});
