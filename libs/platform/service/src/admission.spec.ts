import Fastify, { type FastifyInstance } from 'fastify';

import { admitAtMost } from './admission';

describe('admission control', () => {
  let fastify: FastifyInstance;
  const held: Array<() => void> = [];

  beforeEach(async () => {
    fastify = Fastify({ forceCloseConnections: true });
    admitAtMost(fastify, 2);
    // Each request is held until the test lets it finish.
    fastify.get('/slow', () => new Promise((resolve) => held.push(() => resolve({ ok: true }))));
    await fastify.listen({ port: 0, host: '127.0.0.1' });
  });

  afterEach(() => fastify.close());

  const url = () => `http://127.0.0.1:${(fastify.server.address() as { port: number }).port}/slow`;
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it('refuses the request beyond the limit at once, as problem+json with a Retry-After of 1 to 4 s', async () => {
    const first = fetch(url());
    const second = fetch(url());
    await until(() => held.length === 2);

    const refused = await fetch(url());
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(4);
    const problem = (await refused.json()) as Record<string, unknown>;
    expect(problem).toMatchObject({ status: 503, code: 'unavailable', instance: '/slow' });
    expect(problem.retryAfterSeconds).toBe(Number(refused.headers.get('retry-after')));

    held.splice(0).forEach((finish) => finish());
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it('lets a request in again once one has finished, or its client went away', async () => {
    const gone = new AbortController();
    const kept = fetch(url());
    fetch(url(), { signal: gone.signal }).catch(() => undefined);
    await until(() => held.length === 2);
    gone.abort();
    held.shift()?.();
    expect((await kept).status).toBe(200);

    // Both places are free again (the aborted one too, though its handler still runs).
    const [a, b] = [fetch(url()), fetch(url())];
    await until(() => held.length === 3);
    held.splice(0).forEach((finish) => finish());
    expect([(await a).status, (await b).status]).toEqual([200, 200]);
  });
});
