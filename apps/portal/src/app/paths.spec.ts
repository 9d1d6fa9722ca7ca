import { homeOf, safeNext } from './paths';

describe('where the log-in leads', () => {
  it('goes back to a page of the portal, never to another site', () => {
    expect(safeNext('/applications/42?tab=documents')).toBe('/applications/42?tab=documents');
    expect(safeNext('//evil.example/phish')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('https://evil.example')).toBeUndefined();
    expect(safeNext(null)).toBeUndefined();
  });

  it('starts each role at its own first page', () => {
    expect(homeOf('applicant')).toBe('/applications');
    expect(homeOf('investor')).toBe('/investor');
    expect(homeOf('operator')).toBe('/operator/programmes');
  });
});
