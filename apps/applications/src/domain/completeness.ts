import { type FieldError, fieldError } from '@pollen/contracts';

import type { ScreeningInput } from './eligibility';

/** What a submission needs, beyond a draft's programme, name and SIREN. */
const REQUIRED: readonly string[] = [
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
];

/** Every field still missing for a submission, at once (the gateway words them in French). */
export function missingForSubmission(input: ScreeningInput): FieldError[] {
  return REQUIRED.filter((path) => {
    const [section, field] = path.split('.') as [keyof ScreeningInput, string];
    const value = (input[section] as Record<string, unknown> | undefined)?.[field];
    return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  }).map((field) => fieldError(field, 'requiredForSubmission', `${field} is required to submit the application`));
}
