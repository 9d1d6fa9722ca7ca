import { creatable, draftOf, emptyDraft, patchOf, stepOfField } from './draft';

describe('the draft the form saves', () => {
  const values = {
    ...emptyDraft(),
    organisation: { name: 'Les Jardins', siren: '732829320', legalForm: 'scop' as const },
    project: { title: 'Maraîchage', summary: '' },
    request: { amountCents: 1_250_000 },
  };

  it('is created once it names its organisation with a valid SIREN', () => {
    expect(creatable(emptyDraft())).toBe(false);
    expect(creatable({ ...values, organisation: { name: 'Les Jardins', siren: '732829321' } })).toBe(false);
    expect(creatable(values)).toBe(true);
  });

  it('is created with what is filled in, without empty fields', () => {
    expect(draftOf('programme-1', values)).toEqual({
      programmeId: 'programme-1',
      organisation: { name: 'Les Jardins', siren: '732829320', legalForm: 'scop' },
      project: { title: 'Maraîchage' },
      request: { amountCents: 1_250_000 },
    });
    expect(draftOf('programme-1', { ...values, shareWithInvestors: true }).consents).toEqual({
      shareWithInvestors: true,
      noticeVersion: '2026-12-01',
    });
  });

  const saved = { consents: { shareWithInvestors: false } } as Parameters<typeof patchOf>[1];

  it('is patched with null for each emptied field, so the merge patch removes it', () => {
    const patch = patchOf(values, saved);
    expect(patch.organisation).toEqual({
      name: 'Les Jardins',
      siren: '732829320',
      legalForm: 'scop',
      region: null,
      essCompany: null,
      esus: null,
    });
    expect(patch.project).toMatchObject({ title: 'Maraîchage', summary: null, stage: null });
    expect(patch.request).toEqual({ amountCents: 1_250_000, instrument: null, purpose: null, durationMonths: null });
  });

  it('names the consent only when it changes, each answer being kept in the history', () => {
    expect(patchOf(values, saved).consents).toBeUndefined();
    expect(patchOf({ ...values, shareWithInvestors: true }, saved).consents).toEqual({
      shareWithInvestors: true,
      noticeVersion: '2026-12-01',
    });
  });

  it('shows a field the API names on its step', () => {
    expect(stepOfField('organisation.siren')).toBe(0);
    expect(stepOfField('project.summary')).toBe(1);
    expect(stepOfField('request.amountCents')).toBe(2);
    expect(stepOfField('consents')).toBe(3);
    expect(stepOfField('')).toBe(0);
  });
});
