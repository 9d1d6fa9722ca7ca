import { ReadinessRegistry } from './readiness.registry';

describe('ReadinessRegistry', () => {
  it('is ready when every check passes', async () => {
    const sut = new ReadinessRegistry();
    sut.register('mongo', async () => true);
    sut.register('kafka', async () => true);
    await expect(sut.report()).resolves.toEqual({ ready: true, checks: { mongo: { ok: true }, kafka: { ok: true } } });
  });

  it('names the failing check and its error', async () => {
    const sut = new ReadinessRegistry();
    sut.register('mongo', async () => {
      throw new Error('connection refused');
    });
    sut.register('consumers', async () => false);
    const report = await sut.report();
    expect(report.ready).toBe(false);
    expect(report.checks['mongo']).toEqual({ ok: false, error: 'connection refused' });
    expect(report.checks['consumers']).toEqual({ ok: false, error: 'not ready' });
  });

  it('fails a check that hangs, after a short timeout', async () => {
    const sut = new ReadinessRegistry();
    sut.register('slow', () => new Promise<boolean>(() => undefined));
    const report = await sut.report();
    expect(report.checks['slow']).toEqual({ ok: false, error: expect.stringContaining('no answer') });
  });

  it('is not ready once shutting down', async () => {
    const sut = new ReadinessRegistry();
    sut.markShuttingDown();
    expect((await sut.report()).ready).toBe(false);
  });
});
