import { DomainException, type FieldError } from '@pollen/contracts';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The one validator of templates' variable schemas (JSON Schema draft-07): formats (date, email …)
 * are checked, keywords it does not know are let through rather than refused (operators write the
 * schemas), and no `$id` is registered, so one schema never blocks another.
 */
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, addUsedSchema: false }));

/**
 * Compiles a schema, runs `use` with its validator, and forgets it: ajv caches every schema object
 * it compiles, and a version read from the database is a new object each time.
 */
export function withValidator<T>(schema: Record<string, unknown>, use: (validate: ValidateFunction) => T): T {
  const validate = ajv.compile(schema);
  try {
    return use(validate);
  } finally {
    ajv.removeSchema(schema);
  }
}

/** `/parties/applicant/siren` → `parties.applicant.siren`; a missing property names itself. */
function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'required') path.push(String((error.params as { missingProperty: string }).missingProperty));
  return path.join('.');
}

/** The variables checked against a version's schema: every invalid field in one 422. */
export function assertVariablesMatch(schema: Record<string, unknown>, variables: Record<string, unknown>): void {
  let errors: FieldError[];
  try {
    errors = withValidator(schema, (validate) =>
      validate(variables)
        ? []
        : (validate.errors ?? []).map((error) => ({
            field: fieldOf(error),
            code: error.keyword,
            message: `${fieldOf(error) || 'variables'} ${error.message ?? 'is invalid'}`,
          })),
    );
  } catch (error) {
    // A draft's schema is checked only at publishing: previewing one that does not compile says so.
    throw new DomainException('template.invalid-schema', `The schema: ${(error as Error).message}`);
  }
  if (errors.length > 0) {
    throw new DomainException('template.invalid-variables', 'The variables do not match the template’s schema', {
      errors,
    });
  }
}
