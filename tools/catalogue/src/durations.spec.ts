import { humanDuration } from './durations';

describe('humanDuration', () => {
  it.each([
    [-1, 'forever'],
    [24 * 60 * 60 * 1000, '1 day'],
    [7 * 24 * 60 * 60 * 1000, '7 days'],
    [36 * 60 * 60 * 1000, '36 hours'],
    [90 * 60 * 1000, '90 minutes'],
    [1500, '1500 milliseconds'],
  ])('says %d ms as %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});
