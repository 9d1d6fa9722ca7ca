import { localiseFieldErrors } from './field-messages';

describe('field errors in the caller’s language', () => {
  const badDate = { field: 'closesAt', code: 'isIso8601', message: 'closesAt must be a valid ISO 8601 date string' };
  const aboveRequest = {
    field: 'amountCents',
    code: 'atMostRequested',
    message: 'amountCents must not exceed the amount requested (4000000)',
  };
  // A template's variables are checked against its author's JSON Schema: Ajv's keyword and message.
  const schemaKeyword = { field: 'parties.applicant.siren', code: 'pattern', message: 'must match pattern "^\\d{9}$"' };

  it('words a shared code in French, naming the field', () => {
    expect(localiseFieldErrors([badDate], 'fr')).toEqual([
      { ...badDate, message: 'closesAt doit être une date au format ISO 8601' },
    ]);
  });

  it('words a use case’s own code in French too', () => {
    expect(localiseFieldErrors([aboveRequest], 'fr')).toEqual([
      { ...aboveRequest, message: 'amountCents ne doit pas dépasser le montant demandé' },
    ]);
  });

  it('keeps a code of no list as its service wrote it, and English as the services wrote it', () => {
    expect(localiseFieldErrors([schemaKeyword], 'fr')).toEqual([schemaKeyword]);
    expect(localiseFieldErrors([badDate, aboveRequest], 'en')).toEqual([badDate, aboveRequest]);
  });
});
