import { connect } from 'node:net';

import Fastify, { type FastifyInstance } from 'fastify';

import { admitAtMost } from './admission';

describe('admission control', () => {
  let fastify: FastifyInstance;
  /** Each request is held until the test lets it finish, by its `n`. */
  const held = new Map<string, () => void>();

  beforeEach(async () => {
    held.clear();
    fastify = Fastify({ forceCloseConnections: true });
    admitAtMost(fastify, 2);
    fastify.get<{ Querystring: { n: string } }>(
      '/slow',
      (request) => new Promise((resolve) => held.set(request.query.n, () => resolve({ ok: true }))),
    );
    await fastify.listen({ port: 0, host: '127.0.0.1' });
  });

  afterEach(() => fastify.close());

  const port = () => (fastify.server.address() as { port: number }).port;
  const get = (n: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port()}/slow?n=${n}`, init);
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  const finish = (...ns: string[]) => ns.forEach((n) => held.get(n)?.());
  /** Whether a new request is let in: it is held, then finished. */
  const letIn = async (n: string) => {
    const answer = get(n);
    const status = await Promise.race([
      until(() => held.has(n)).then(() => 'held'),
      answer.then((response) => String(response.status)),
    ]);
    finish(n);
    await answer;
    return status;
  };

  it('refuses the request beyond the limit at once, as problem+json with a Retry-After of 1 to 4 s', async () => {
    const first = get('1');
    const second = get('2');
    await until(() => held.size === 2);

    const refused = await get('3');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(4);
    const problem = (await refused.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({
      status: 503,
      code: 'unavailable',
      instance: '/slow?n=3',
      retryAfterSeconds: retryAfter,
    });
    expect(held.has('3')).toBe(false);

    finish('1', '2');
    expect([(await first).status, (await second).status]).toEqual([200, 200]);
  });

  it('lets a request in again once one has finished, or its client went away', async () => {
    const gone = new AbortController();
    const kept = get('kept');
    get('gone', { signal: gone.signal }).catch(() => undefined);
    await until(() => held.size === 2);
    gone.abort();
    finish('kept');
    expect((await kept).status).toBe(200);

    // Both places are free again, the aborted request's too, though its handler still runs.
    const a = get('a');
    const b = get('b');
    await until(() => held.has('a') && held.has('b'));
    finish('a', 'b', 'gone');
    expect([(await a).status, (await b).status]).toEqual([200, 200]);
  });

  it('frees the places of requests pipelined on a connection that closed before their turn', async () => {
    const socket = connect(port(), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // Two requests in one write: the second's answer waits behind the first's on this connection.
    socket.write('GET /slow?n=p1 HTTP/1.1\r\nHost: x\r\n\r\n' + 'GET /slow?n=p2 HTTP/1.1\r\nHost: x\r\n\r\n');
    await until(() => held.has('p1') && held.has('p2'));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    finish('p1', 'p2');

    expect([await letIn('after1'), await letIn('after2')]).toEqual(['held', 'held']);
    const both = [get('x'), get('y')];
    await until(() => held.has('x') && held.has('y'));
    expect((await get('z')).status).toBe(503);
    finish('x', 'y');
    await Promise.all(both);
  });
});
