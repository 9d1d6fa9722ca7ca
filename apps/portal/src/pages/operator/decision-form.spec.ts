import { decisionBody, EMPTY_DECISION, instrumentOf } from './decision-form';

describe('the decision form as a request', () => {
  it('sends nothing until a decision is chosen', () => {
    expect(decisionBody({ ...EMPTY_DECISION, reason: 'Beau projet' }, 'grant')).toBeUndefined();
  });

  it('declines with the reason only, whatever else was typed', () => {
    expect(
      decisionBody(
        {
          ...EMPTY_DECISION,
          decision: 'declined',
          reason: '  Hors périmètre  ',
          amountCents: 100,
          terms: { graceMonths: '6' },
        },
        'loan',
      ),
    ).toEqual({ decision: 'declined', reason: 'Hors périmètre' });
  });

  it('funds from the programme with the amount requested when no amount is typed', () => {
    expect(decisionBody({ ...EMPTY_DECISION, decision: 'funded', reason: 'Comité du 3 décembre' }, 'grant')).toEqual({
      decision: 'funded',
      reason: 'Comité du 3 décembre',
      fundedBy: 'programme',
    });
  });

  it('keeps only the terms of the instrument, as numbers (a rate typed the French way, a cap in cents)', () => {
    const terms = {
      annualRatePercent: '2,5',
      graceMonths: '6',
      guaranteedSharePercent: '50',
      valuationCapCents: '1 500 000',
    };
    expect(
      decisionBody({ ...EMPTY_DECISION, decision: 'funded', reason: 'Oui', amountCents: 2_000_000, terms }, 'loan'),
    ).toEqual({
      decision: 'funded',
      reason: 'Oui',
      fundedBy: 'programme',
      amountCents: 2_000_000,
      terms: { annualRatePercent: 2.5, graceMonths: 6 },
    });
    expect(decisionBody({ ...EMPTY_DECISION, decision: 'funded', reason: 'Oui', terms }, 'equity')?.terms).toEqual({
      valuationCapCents: 150_000_000,
    });
  });

  it('names the introduction when an investor funds, and reads the terms of the instrument requested', () => {
    const form = {
      ...EMPTY_DECISION,
      decision: 'funded' as const,
      reason: 'Oui',
      fundedBy: 'investor' as const,
      matchId: 'm-1',
    };
    expect(instrumentOf(form, 'grant', 'loan')).toBe('loan');
    expect(instrumentOf({ fundedBy: 'programme' }, 'grant', 'loan')).toBe('grant');
    expect(decisionBody(form, 'loan')).toEqual({
      decision: 'funded',
      reason: 'Oui',
      fundedBy: 'investor',
      matchId: 'm-1',
    });
    expect(decisionBody({ ...form, fundedBy: 'programme' }, 'grant')).not.toHaveProperty('matchId');
  });
});
