import { localeOf } from './locale';

describe('localeOf', () => {
  it.each([
    [undefined, 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,en;q=0.5,fr;q=0.8', 'fr'],
    ['de', 'fr'],
    ['fr-CA', 'fr'],
  ])('%s → %s', (header, expected) => {
    expect(localeOf(header)).toBe(expected);
  });
});
