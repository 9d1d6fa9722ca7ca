import { anApplication, aProgramme } from '../../test/factories/deal-facts.factory';
import {
  addMonths,
  AGREEMENT_VARIABLES,
  cofinancingOf,
  type FundedDeal,
  indicatorsOf,
  projectName,
  repaymentSchedule,
  tranchesOf,
} from './agreement-terms';

const deal = (overrides: Partial<FundedDeal> = {}): FundedDeal => ({
  funder: aProgramme().operator,
  beneficiary: anApplication().organisation,
  programme: aProgramme(),
  application: anApplication(),
  byProgramme: true,
  amountCents: 1_000_001,
  durationMonths: 12,
  project: 'Ateliers vélo solidaires',
  signedOn: '2027-01-31',
  terms: {},
  ...overrides,
});

describe('the terms of a funded deal’s agreement', () => {
  it('pays the programme’s instalments in cents that add up to the amount, dated from the signature', () => {
    expect(tranchesOf(deal())).toEqual([
      { dueOn: '2027-01-31', amountCents: 600_000, condition: 'à la signature' },
      { dueOn: '2027-10-31', amountCents: 400_001, condition: 'sur compte rendu intermédiaire' },
    ]);
  });

  it('leaves out an instalment too small to be a cent', () => {
    expect(tranchesOf(deal({ amountCents: 1 })).map((tranche) => tranche.amountCents)).toEqual([1]);
  });

  it('pays all of it at signature when an investor pays or the programme sets no instalments', () => {
    const whole = [{ dueOn: '2027-01-31', amountCents: 1_000_001, condition: 'à la signature' }];
    expect(tranchesOf(deal({ byProgramme: false }))).toEqual(whole);
    expect(tranchesOf(deal({ programme: aProgramme({ tranches: undefined }) }))).toEqual(whole);
  });

  it('states the co-financing cap only when the programme pays, caps its share and the project has a cost', () => {
    expect(cofinancingOf(deal())).toEqual({ maxSharePercent: 50, totalCostCents: 8_000_000 });
    expect(cofinancingOf(deal({ byProgramme: false }))).toBeUndefined();
    expect(cofinancingOf(deal({ programme: aProgramme({ maxShareOfCost: undefined }) }))).toBeUndefined();
    expect(cofinancingOf(deal({ application: anApplication({ project: {} }) }))).toBeUndefined();
  });

  it('repays a loan monthly, interest only during the grace period, the principal adding up to the amount', () => {
    const rows = repaymentSchedule(deal({ amountCents: 1_000_000, durationMonths: 6 }), 2.4, 2);

    expect(rows.map((row) => row.principalCents)).toEqual([0, 0, 250_000, 250_000, 250_000, 250_000]);
    expect(rows.map((row) => row.interestCents)).toEqual([2000, 2000, 2000, 1500, 1000, 500]);
    expect(rows.at(-1)).toMatchObject({ dueOn: '2027-07-31', remainingCents: 0 });
  });

  it('states the terms the decision set, and the agreement’s defaults for the others', () => {
    const loan = AGREEMENT_VARIABLES.loan(
      deal({ terms: { annualRatePercent: 2.4, graceMonths: 2 }, durationMonths: 6 }),
    );
    expect(loan).toMatchObject({ annualRatePercent: 2.4, graceMonths: 2 });
    expect((loan.schedule as { principalCents: number }[])[0].principalCents).toBe(0);
    expect(AGREEMENT_VARIABLES.loan(deal())).toMatchObject({ annualRatePercent: 0, graceMonths: 0 });
    expect(AGREEMENT_VARIABLES.equity(deal({ terms: { discountPercent: 20 } }))).toMatchObject({ discountPercent: 20 });
    expect(AGREEMENT_VARIABLES.equity(deal())).not.toHaveProperty('valuationCapCents');
    expect(AGREEMENT_VARIABLES['honour-loan'](deal({ terms: { graceMonths: 6 }, durationMonths: 54 }))).toMatchObject({
      instalments: 48,
      firstDueOn: '2027-08-31',
    });
  });

  it('dates months on, keeping the day or the month’s last', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
  });

  it('reports on the project’s impact areas and reach, and names the project by its title or purpose', () => {
    expect(indicatorsOf(anApplication({ project: { impactAreas: ['mobility'], beneficiaries: 120 } }))).toEqual([
      'Résultats du projet en matière de mobilité',
      'Personnes bénéficiaires du projet (objectif : 120)',
    ]);
    expect(projectName(anApplication(), undefined)).toBe('Ateliers vélo solidaires');
    expect(projectName(anApplication({ project: {} }), 'Ouvrir deux ateliers. Puis trois.')).toBe(
      'Ouvrir deux ateliers.',
    );
  });
});
