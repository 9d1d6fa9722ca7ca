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

  it('has words for every code of the list but a pattern’s or a required value’s, and none for a code of no list', () => {
    const worded = FIELD_ERROR_CODES.filter((code) => fieldErrorInWords(i18n.t)({ field: 'f', code, message: 'm' }));
    expect(FIELD_ERROR_CODES.filter((code) => !worded.includes(code))).toEqual(['equals', 'matches']);
    for (const code of worded) {
      expect(fieldErrorInWords(i18n.t)({ field: 'f', code, message: 'm' })).not.toMatch(/^codes\./);
    }
    expect(fieldErrorInWords(i18n.t)({ field: 'f', code: 'requiredForSubmission', message: 'm' })).toBe(
      'À renseigner pour déposer la candidature.',
    );
    // A template's variables, checked against its author's JSON Schema, carry the schema's keyword.
    expect(fieldErrorInWords(i18n.t)({ field: 'f', code: 'const', message: 'm' })).toBeUndefined();
  });
});
