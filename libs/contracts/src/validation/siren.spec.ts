import { isValidSiren } from './siren';

describe('isValidSiren', () => {
  it.each([
    ['732829320', true], // a real SIREN
    ['552100554', true],
    ['123456782', true],
    ['123456789', false], // wrong check digit
    ['73282932', false], // 8 digits
    ['7328293200', false], // 10 digits
    ['73282932A', false],
    ['', false],
  ])('%s → %s', (siren, expected) => {
    expect(isValidSiren(siren)).toBe(expected);
  });

  it('refuses anything that is not a string', () => {
    expect(isValidSiren(732829320)).toBe(false);
    expect(isValidSiren({ $gt: '' })).toBe(false);
  });
});
