import { isValidSiren } from '@pollen/contracts/browser';

import type { Schemas } from '../../../api/client';

type Organisation = Schemas['OrganisationDto'];

/** What the form edits: a draft's sections, each field possibly empty. */
export interface DraftValues {
  organisation: Partial<Organisation>;
  project: Schemas['ProjectDto'];
  request: Schemas['FundingRequestDto'];
  shareWithInvestors: boolean;
}

export const NOTICE_VERSION: Schemas['ConsentsDto']['noticeVersion'] = '2026-12-01';

export const emptyDraft = (): DraftValues => ({
  organisation: {},
  project: {},
  request: {},
  shareWithInvestors: false,
});

export function valuesOf(application: Schemas['ApplicationView']): DraftValues {
  return {
    organisation: application.organisation,
    project: application.project,
    request: application.request,
    shareWithInvestors: application.consents.shareWithInvestors,
  };
}

/** A draft is created once it names its organisation with a valid SIREN: the API requires both. */
export const creatable = (values: DraftValues): values is DraftValues & { organisation: Organisation } =>
  Boolean(values.organisation.name?.trim()) && isValidSiren(values.organisation.siren);

/** Each field, `null` when empty: a JSON merge patch (RFC 7396) removes what is null. */
const nullFor = <T extends object>(section: T, keys: readonly (keyof T)[]) =>
  Object.fromEntries(keys.map((key) => [key, section[key] === undefined || section[key] === '' ? null : section[key]]));

/** The consent, when it says something new: each answer is kept in the history (RGPD art. 7(1)). */
const consentOf = (values: DraftValues, given: boolean) =>
  values.shareWithInvestors === given
    ? {}
    : { consents: { shareWithInvestors: values.shareWithInvestors, noticeVersion: NOTICE_VERSION } };

export function patchOf(values: DraftValues, saved: Schemas['ApplicationView']): Schemas['ApplicationDraftPatch'] {
  const { name, siren, ...organisation } = values.organisation;
  return {
    organisation: { name, siren, ...nullFor(organisation, ['legalForm', 'region', 'essCompany', 'esus'] as const) },
    project: nullFor(values.project, [
      'title',
      'summary',
      'impactAreas',
      'engagementDimensions',
      'sdgs',
      'stage',
      'beneficiaries',
      'totalCostCents',
    ] as const),
    request: nullFor(values.request, ['amountCents', 'instrument', 'purpose', 'durationMonths'] as const),
    ...consentOf(values, saved.consents.shareWithInvestors),
  };
}

const filled = <T extends object>(section: T): T =>
  Object.fromEntries(Object.entries(section).filter(([, value]) => value !== undefined && value !== '')) as T;

/** The first save: a draft with what is filled in so far. */
export function draftOf(
  programmeId: string,
  values: DraftValues & { organisation: Organisation },
): Schemas['CreateApplicationDraftDto'] {
  return {
    programmeId,
    organisation: filled(values.organisation),
    project: filled(values.project),
    request: filled(values.request),
    ...consentOf(values, false),
  };
}

/** Which step of the form holds a field the API named (`organisation.siren` → 0). */
export const STEPS = ['organisation', 'project', 'request', 'consent'] as const;
export function stepOfField(field: string): number {
  const section = field.split('.')[0];
  const step = STEPS.indexOf(section === 'consents' ? 'consent' : (section as (typeof STEPS)[number]));
  return step === -1 ? 0 : step;
}
