import type { Schemas } from '../../api/client';
import { createBody, EMPTY_FORM, formOf, parisDay, patchBody, shareOf } from './programme-form';

const programme: Schemas['ProgrammeView'] = {
  id: 'p-1',
  title: 'Innovation sociale',
  description: 'Une subvention régionale.',
  operatorName: 'Région',
  operatorSiren: '910000017',
  operatorLegalForm: 'collectivité territoriale',
  kind: 'grant',
  opensAt: '2026-11-03T23:00:00.000Z',
  closesAt: '2027-02-02T22:59:59.999Z',
  budgetCents: 250_000_000,
  maxShareOfCost: 0.5,
  tranches: [{ sharePercent: 100, monthsAfterSigning: 0, condition: 'à la signature' }],
  eligibility: {
    legalForms: ['association'],
    regions: ['FR-IDF'],
    impactAreas: [],
    stages: [],
    esusRequired: false,
    minAmountCents: 500_000,
  },
  status: 'open',
  version: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

describe('the programme form', () => {
  it('shows the deadlines as the days they are in Paris', () => {
    expect(parisDay('2026-11-03T23:00:00.000Z')).toBe('2026-11-04');
    expect(parisDay('2027-02-02T22:59:59.999Z')).toBe('2027-02-02');
    expect(formOf(programme)).toMatchObject({ opensOn: '2026-11-04', closesOn: '2027-02-02', maxSharePercent: '50' });
  });

  it('reads a percentage typed the French way, and refuses what is not one', () => {
    expect(shareOf('33,5')).toBe(0.335);
    expect(shareOf(' 50 % ')).toBe(0.5);
    expect(shareOf('')).toBeUndefined();
    expect(shareOf('150')).toBeNull();
    expect(shareOf('la moitié')).toBeNull();
  });

  it('asks for what a programme cannot go without before sending', () => {
    expect(createBody({ ...EMPTY_FORM, maxSharePercent: 'x' }).problems).toEqual({
      title: 'required',
      description: 'required',
      operatorName: 'required',
      opensAt: 'required',
      closesAt: 'required',
      kind: 'required',
      budgetCents: 'required',
      maxShareOfCost: 'percent',
    });
  });

  it('creates with days the API reads in Paris time, leaving out what was left empty', () => {
    const { body } = createBody({
      ...EMPTY_FORM,
      title: ' Fonds vert ',
      description: 'Pour la transition.',
      operatorName: 'Fondation',
      kind: 'loan',
      opensOn: '2027-01-01',
      closesOn: '2027-03-31',
      budgetCents: 10_000_000,
      tranches: [{ sharePercent: '60', monthsAfterSigning: '0', condition: 'à la signature' }],
    });
    expect(body).toEqual({
      title: 'Fonds vert',
      description: 'Pour la transition.',
      operatorName: 'Fondation',
      kind: 'loan',
      opensAt: '2027-01-01',
      closesAt: '2027-03-31',
      budgetCents: 10_000_000,
      tranches: [{ sharePercent: 60, monthsAfterSigning: 0, condition: 'à la signature' }],
      eligibility: { legalForms: [], regions: [], impactAreas: [], stages: [], esusRequired: false },
    });
  });

  it('patches only what changed, so a deadline set to the minute stays where it is', () => {
    const opened = { ...programme, opensAt: '2026-12-04T09:31:00.000Z' };
    expect(patchBody({ ...formOf(opened), budgetCents: 300_000_000 }, opened).body).toEqual({
      budgetCents: 300_000_000,
    });
    expect(patchBody(formOf(opened), opened).body).toEqual({});
  });

  it('removes what was emptied, and sends the rules whole when one changed', () => {
    const form = formOf(programme);
    const { body } = patchBody(
      {
        ...form,
        maxSharePercent: '',
        tranches: [],
        eligibility: { ...form.eligibility, regions: [], minAmountCents: undefined },
      },
      programme,
    );
    expect(body).toEqual({
      maxShareOfCost: null,
      tranches: null,
      eligibility: {
        legalForms: ['association'],
        regions: [],
        impactAreas: [],
        stages: [],
        esusRequired: false,
        minAmountCents: null,
        maxAmountCents: null,
      },
    });
  });

  it('confirms the deadlines of a programme whose dates await review', () => {
    const body = patchBody(formOf({ ...programme, deadlineReview: true }), { ...programme, deadlineReview: true }).body;
    expect(body).toEqual({ opensAt: '2026-11-04', closesAt: '2027-02-02' });
  });
});
