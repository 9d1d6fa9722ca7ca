import { foundIn } from './needles';

describe('foundIn', () => {
  const needles = { 'e-mail': 'Anouk.Q@example.org', phone: '+33 6 41 27 90 13', name: 'Anouk Quintavalle' };

  it('finds a needle whatever its case and spacing, and names it by its label', () => {
    expect(foundIn('{"email":"anouk.q@example.org","tel":"+33641279013"}', needles)).toEqual(['e-mail', 'phone']);
    expect(foundIn('Signé par ANOUK\u00a0QUINTAVALLE, Présidente', needles)).toEqual(['name']);
  });

  it('finds nothing in text that holds none of them', () => {
    expect(foundIn('{"accountId":"0f3c","name":"[effacé]"}', needles)).toEqual([]);
  });
});
