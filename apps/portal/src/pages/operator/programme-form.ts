import type { Schemas } from '../../api/client';

type Programme = Schemas['ProgrammeView'];
type Create = Schemas['CreateProgrammeDto'];
type Patch = Schemas['ProgrammePatch'];
type Rules = Required<Pick<Schemas['EligibilityRulesDto'], 'legalForms' | 'regions' | 'impactAreas' | 'stages'>> &
  Pick<Schemas['EligibilityRulesDto'], 'minAmountCents' | 'maxAmountCents'> & { esusRequired: boolean };

/** A tranche as typed: its numbers still text until sent. */
export interface TrancheRow {
  sharePercent: string;
  monthsAfterSigning: string;
  condition: string;
}

/** The programme form's state: what the operator sees and types, dates as days in Paris. */
export interface ProgrammeForm {
  title: string;
  description: string;
  operatorName: string;
  operatorSiren: string;
  operatorLegalForm: string;
  kind?: Programme['kind'];
  opensOn: string;
  closesOn: string;
  budgetCents?: number;
  /** « 50 » for half the project's cost; empty for no ceiling. */
  maxSharePercent: string;
  tranches: TrancheRow[];
  eligibility: Rules;
}

/** What the form finds wrong before asking the server: the field's path and the catalogue's key. */
export type LocalProblems = Partial<
  Record<
    'title' | 'description' | 'operatorName' | 'kind' | 'opensAt' | 'closesAt' | 'budgetCents' | 'maxShareOfCost',
    'required' | 'percent'
  >
>;

export type Read<T> = { body: T; problems?: undefined } | { body?: undefined; problems: LocalProblems };

/** An instant as the day it is in Paris, for a date input (« 2026-11-04 »). */
export function parisDay(instant: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** « 50 », « 33,5 » as a share (0.5, 0.335); undefined when empty, null when not a percentage. */
export function shareOf(percent: string): number | undefined | null {
  const text = percent.replace(/[\s%\u202f\u00a0]/g, '').replace(',', '.');
  if (text === '') return undefined;
  const value = Number(text);
  return /^\d+(\.\d+)?$/.test(text) && value <= 100 ? Math.round(value * 10) / 1000 : null;
}

const percentText = (share: number | undefined) =>
  share === undefined ? '' : String(Math.round(share * 1000) / 10).replace('.', ',');

export const EMPTY_FORM: ProgrammeForm = {
  title: '',
  description: '',
  operatorName: '',
  operatorSiren: '',
  operatorLegalForm: '',
  opensOn: '',
  closesOn: '',
  maxSharePercent: '',
  tranches: [],
  eligibility: { legalForms: [], regions: [], impactAreas: [], stages: [], esusRequired: false },
};

/** The form filled with a programme, to edit it. */
export function formOf(programme: Programme): ProgrammeForm {
  const rules = programme.eligibility;
  return {
    title: programme.title,
    description: programme.description,
    operatorName: programme.operatorName,
    operatorSiren: programme.operatorSiren ?? '',
    operatorLegalForm: programme.operatorLegalForm ?? '',
    kind: programme.kind,
    opensOn: parisDay(programme.opensAt),
    closesOn: parisDay(programme.closesAt),
    budgetCents: programme.budgetCents,
    maxSharePercent: percentText(programme.maxShareOfCost),
    tranches: (programme.tranches ?? []).map((tranche) => ({
      sharePercent: String(tranche.sharePercent),
      monthsAfterSigning: String(tranche.monthsAfterSigning),
      condition: tranche.condition,
    })),
    eligibility: {
      legalForms: rules.legalForms ?? [],
      regions: rules.regions ?? [],
      impactAreas: rules.impactAreas ?? [],
      stages: rules.stages ?? [],
      esusRequired: rules.esusRequired ?? false,
      minAmountCents: rules.minAmountCents,
      maxAmountCents: rules.maxAmountCents,
    },
  };
}

const withoutEmpty = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== '')) as T;

/** The request creating the programme; the server checks the rest (dates, lengths, the SIREN). */
export function createBody(form: ProgrammeForm): Read<Create> {
  const share = shareOf(form.maxSharePercent);
  const problems: LocalProblems = {};
  for (const field of ['title', 'description', 'operatorName'] as const) {
    if (!form[field].trim()) problems[field] = 'required';
  }
  if (!form.opensOn) problems.opensAt = 'required';
  if (!form.closesOn) problems.closesAt = 'required';
  if (!form.kind) problems.kind = 'required';
  if (form.budgetCents === undefined) problems.budgetCents = 'required';
  if (share === null) problems.maxShareOfCost = 'percent';
  if (!form.kind || form.budgetCents === undefined || share === null || Object.keys(problems).length) {
    return { problems };
  }
  return {
    body: withoutEmpty({
      title: form.title.trim(),
      description: form.description.trim(),
      operatorName: form.operatorName.trim(),
      operatorSiren: form.operatorSiren.trim(),
      operatorLegalForm: form.operatorLegalForm.trim(),
      kind: form.kind,
      // Bare days: the API reads them in Paris time, opening at 00:00 and closing at 23:59:59.999.
      opensAt: form.opensOn,
      closesAt: form.closesOn,
      budgetCents: form.budgetCents,
      maxShareOfCost: share,
      tranches: form.tranches.length
        ? form.tranches.map((row) => ({
            sharePercent: Number(row.sharePercent),
            monthsAfterSigning: Number(row.monthsAfterSigning),
            condition: row.condition.trim(),
          }))
        : undefined,
      eligibility: withoutEmpty({ ...form.eligibility }),
    }),
  };
}

const OPTIONAL = ['operatorSiren', 'operatorLegalForm', 'maxShareOfCost', 'tranches'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A merge patch of what the operator changed, and only that: naming a deadline confirms it, and a
 * deadline set to the minute (a programme opened now) must not move to midnight by being sent back
 * as a day. A field emptied is removed (null).
 */
export function patchBody(form: ProgrammeForm, programme: Programme): Read<Patch> {
  const next = createBody(form);
  const before = createBody(formOf(programme));
  if (!next.body) return next;
  const was: Partial<Create> = before.body ?? {};
  const patch: Patch = {};
  const now: Partial<Create> = next.body;
  for (const key of ['title', 'description', 'operatorName', 'kind', 'budgetCents'] as const) {
    if (!same(now[key], was[key])) Object.assign(patch, { [key]: now[key] });
  }
  for (const key of ['opensAt', 'closesAt'] as const) {
    if (programme.deadlineReview || !same(now[key], was[key])) patch[key] = now[key];
  }
  for (const key of OPTIONAL) {
    if (!same(now[key], was[key])) Object.assign(patch, { [key]: now[key] ?? null });
  }
  if (!same(now.eligibility, was.eligibility)) {
    const rules = now.eligibility ?? {};
    patch.eligibility = {
      ...rules,
      minAmountCents: rules.minAmountCents ?? null,
      maxAmountCents: rules.maxAmountCents ?? null,
    };
  }
  return { body: patch };
}
