import { retryAfterMs, retryingFetch, type RetryNotice } from './retrying-fetch';

const answer = (status: number, retryAfter?: string) =>
  new Response(status === 204 ? null : '{}', { status, headers: retryAfter ? { 'Retry-After': retryAfter } : {} });

describe('retryingFetch', () => {
  const request = () => new Request('http://portal.test/v1/applications', { method: 'POST', body: '{"a":1}' });

  it('sends a 503 request again after Retry-After, the same body each time, and says so', async () => {
    const bodies: string[] = [];
    const answers = [answer(503, '2'), answer(503, '1'), answer(201)];
    const next = jest.fn(async (input: Parameters<typeof fetch>[0]) => {
      bodies.push(await (input as Request).text());
      return answers.shift() as Response;
    });
    const waits: number[] = [];
    const notices: (RetryNotice | undefined)[] = [];
    const send = retryingFetch(next as typeof fetch, {
      sleep: async (ms) => void waits.push(ms),
      onRetry: (notice) => notices.push(notice),
    });

    const response = await send(request());

    expect(response.status).toBe(201);
    expect(bodies).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
    expect(waits).toEqual([2000, 1000]);
    expect(notices).toEqual([{ attempt: 1, retryInMs: 2000 }, { attempt: 2, retryInMs: 1000 }, undefined]);
  });

  it('gives up after the last attempt with the 503 itself', async () => {
    const next = jest.fn(async () => answer(503, '1'));
    const send = retryingFetch(next as unknown as typeof fetch, { attempts: 3, sleep: async () => undefined });

    expect((await send(request())).status).toBe(503);
    expect(next).toHaveBeenCalledTimes(3);
  });

  it('does not send other answers again, errors included', async () => {
    const next = jest.fn(async () => answer(500));
    const notices: unknown[] = [];
    const send = retryingFetch(next as unknown as typeof fetch, { onRetry: (notice) => notices.push(notice) });

    expect((await send(request())).status).toBe(500);
    expect(next).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([]);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and dates, bounds them, and waits a little when the header is missing or wrong', () => {
    const now = Date.parse('2026-12-04T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Fri, 04 Dec 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('3600', now)).toBe(30_000);
    expect(retryAfterMs('-5', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBe(2000);
    expect(retryAfterMs('soon', now)).toBe(2000);
  });
});
