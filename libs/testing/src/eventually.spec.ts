import { eventually } from './eventually';

describe('eventually', () => {
  it('returns the first value the probe produces', async () => {
    let calls = 0;
    const value = await eventually(() => (++calls >= 3 ? `after ${calls}` : undefined), { intervalMs: 1 });
    expect(value).toBe('after 3');
  });

  it('fails with the last reason once the time is up', async () => {
    await expect(
      eventually(
        () => {
          throw new Error('still down');
        },
        { timeoutMs: 30, intervalMs: 5, what: 'broker up' },
      ),
    ).rejects.toThrow('broker up not met within 30 ms: still down');
  });
});
