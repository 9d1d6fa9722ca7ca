import { localiseFieldErrors } from './field-messages';

describe('field errors in the caller’s language', () => {
  const badDate = { field: 'closesAt', code: 'isIso8601', message: 'closesAt must be a valid ISO 8601 date string' };
  const ownCode = {
    field: 'amountCents',
    code: 'atMostRequested',
    message: 'amountCents is above the amount requested',
  };

  it('words a shared code in French, naming the field', () => {
    expect(localiseFieldErrors([badDate], 'fr')).toEqual([
      { ...badDate, message: 'closesAt doit être une date au format ISO 8601' },
    ]);
  });

  it('keeps a use case’s own code as its service wrote it, and English as the validators wrote it', () => {
    expect(localiseFieldErrors([ownCode], 'fr')).toEqual([ownCode]);
    expect(localiseFieldErrors([badDate, ownCode], 'en')).toEqual([badDate, ownCode]);
  });
});
