import { termOf } from './retention';

describe('termOf', () => {
  it('reads how long an agreement runs from its variables', () => {
    expect(termOf({ durationMonths: 36 })).toEqual({ months: 36 });
    expect(termOf({ maturityMonths: 24 })).toEqual({ months: 24 });
    expect(termOf({ durationYears: 3 })).toEqual({ months: 36 });
    expect(termOf({ validUntil: '2027-03-31' })).toEqual({ until: '2027-03-31' });
    expect(termOf({ schedule: [{ dueOn: '2027-01-05' }, { dueOn: '2029-06-05' }] })).toEqual({ until: '2029-06-05' });
  });

  it('says nothing when the variables state no term: retention then runs from the signature', () => {
    expect(termOf({ project: 'Ateliers' })).toBeUndefined();
  });
});
