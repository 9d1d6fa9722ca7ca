import { FIELD_ERROR_CODES } from '@pollen/contracts/browser';

import i18n from '../i18n';
import { fieldErrorInWords } from './field-words';

describe('field errors in words', () => {
  afterEach(() => i18n.changeLanguage('fr'));

  it('words a shared code without naming the field, in the page’s language', async () => {
    const error = { field: 'capacityPerMonth', code: 'isInt', message: 'capacityPerMonth doit être un nombre entier' };
    expect(fieldErrorInWords(i18n.t)(error)).toBe('Doit être un nombre entier.');
    await i18n.changeLanguage('en');
    expect(fieldErrorInWords(i18n.t)(error)).toBe('Must be a whole number.');
  });

  it('has words for every shared code, and none for a use case’s own (its message stays)', () => {
    for (const code of FIELD_ERROR_CODES) {
      expect(fieldErrorInWords(i18n.t)({ field: 'f', code, message: 'm' })).not.toMatch(/^codes\./);
    }
    expect(fieldErrorInWords(i18n.t)({ field: 'f', code: 'requiredForSubmission', message: 'm' })).toBeUndefined();
  });
});
