import { DomainException, type FieldError } from '@pollen/contracts';
import type { ErrorObject } from 'ajv';

import { variablesSchemaValidator } from '../rendering/variables-schema';

/** `/parties/applicant/siren` → `parties.applicant.siren`; a missing property names itself. */
function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'required') path.push(String((error.params as { missingProperty: string }).missingProperty));
  return path.join('.');
}

/** The variables a version is rendered with, checked against its schema: every invalid field in one 422. */
export function assertVariablesMatch(schema: Record<string, unknown>, variables: Record<string, unknown>): void {
  const validate = variablesSchemaValidator.compile(schema);
  if (validate(variables)) return;
  const errors: FieldError[] = (validate.errors ?? []).map((error) => ({
    field: fieldOf(error),
    code: error.keyword,
    message: `${fieldOf(error) || 'variables'} ${error.message ?? 'is invalid'}`,
  }));
  throw new DomainException('template.invalid-variables', 'The variables do not match the template’s schema', {
    errors,
  });
}
