import { Correlation } from './correlation';

describe('Correlation', () => {
  it('carries the scope across awaits', async () => {
    const seen = await Correlation.run({ correlationId: 'corr-1', eventId: 'evt-1' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return Correlation.current();
    });
    expect(seen).toEqual({ correlationId: 'corr-1', eventId: 'evt-1' });
  });

  it('invents an id outside any scope, and keeps none', () => {
    expect(Correlation.id()).toMatch(/^[0-9a-f-]{36}$/);
    expect(Correlation.current()).toBeUndefined();
  });
});
