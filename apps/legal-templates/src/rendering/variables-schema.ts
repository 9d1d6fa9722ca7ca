import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The one validator of templates' variable schemas: publishing compiles a schema with it, and a
 * preview or a document checks its variables with it. Formats (date, email …) are checked, and
 * keywords it does not know are let through rather than refused (schemas are written by operators).
 */
export const variablesSchemaValidator = addFormats(new Ajv({ allErrors: true, strict: false }));
