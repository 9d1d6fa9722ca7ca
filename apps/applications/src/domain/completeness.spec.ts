import { aCompleteDraft } from '../../test/factories/programme.factory';
import { missingForSubmission } from './completeness';

describe('missingForSubmission', () => {
  it('finds nothing missing in a complete application', () => {
    expect(missingForSubmission(aCompleteDraft())).toEqual([]);
  });

  it('lists every missing field at once, each with the code the gateway words in French', () => {
    const draft = { organisation: { name: 'X', siren: '732829320' }, project: { impactAreas: [] }, request: {} };
    const missing = missingForSubmission(draft);
    expect(missing.map((e) => e.field)).toEqual([
      'organisation.legalForm',
      'organisation.region',
      'project.title',
      'project.summary',
      'project.impactAreas',
      'project.stage',
      'project.beneficiaries',
      'project.totalCostCents',
      'request.amountCents',
      'request.instrument',
      'request.purpose',
      'request.durationMonths',
    ]);
    expect(missing[0]).toEqual({
      field: 'organisation.legalForm',
      code: 'requiredForSubmission',
      message: 'organisation.legalForm is required to submit the application',
    });
  });
});
