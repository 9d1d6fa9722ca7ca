import { centsOf, eurosOf } from './amount';

describe('amounts typed in euros', () => {
  it('reads them the French way or not, as cents', () => {
    expect(centsOf('12 500')).toBe(1_250_000);
    expect(centsOf('12\u202f500,5')).toBe(1_250_050);
    expect(centsOf('12,')).toBe(1_200);
    expect(centsOf('12500.75')).toBe(1_250_075);
    expect(centsOf('')).toBeUndefined();
  });

  it('tells text that is not an amount', () => {
    expect(centsOf('douze')).toBeNull();
    expect(centsOf('12,345')).toBeNull();
    expect(centsOf('-5')).toBeNull();
  });

  it('shows cents back as euros to edit', () => {
    expect(eurosOf(1_250_050, 'fr')).toBe('12500,5');
    expect(eurosOf(1_250_050, 'en')).toBe('12500.5');
    expect(eurosOf(undefined, 'fr')).toBe('');
  });
});
