import type { DocumentLocale } from './french';
import { variablesOf } from './liquid';
import { type UnsupportedMarkup, unsupportedMarkupOfSource } from './markup';
import { RENDER_LIMITS } from './sandbox';
import { withValidator } from './variables-schema';

/** What publishing checks of a version: its bodies in both locales and the schema of their variables. */
export interface PublishableVersion {
  bodies: Record<DocumentLocale, string>;
  /** A JSON Schema of an object: its `properties` are the variables a body may read. */
  schema: { type?: string; properties?: Record<string, unknown> } & Record<string, unknown>;
}

/** Why a version cannot be published, each with the reason code the API answers (422). */
export type PublishProblem =
  | { reason: 'template.unsupported-markup'; locale: DocumentLocale; found: UnsupportedMarkup[] }
  | { reason: 'template.body-too-large'; locale: DocumentLocale; bytes: number }
  | { reason: 'template.invalid-schema'; message: string }
  | { reason: 'template.invalid-liquid'; locale: DocumentLocale; message: string }
  | {
      reason: 'template.locales-disagree';
      /** Variables one locale reads and the other does not. */
      onlyIn: Record<DocumentLocale, string[]>;
      /** Variables a body reads that the schema does not declare. */
      undeclared: string[];
    };

const LOCALES: readonly DocumentLocale[] = ['fr', 'en'];

/**
 * Everything that stops a version being published: markup outside the subset, a body over its
 * size or that does not parse (the engine's parse limit bounds the work), a schema ajv cannot
 * compile, or locales that read different variables or undeclared ones
 * (both locales are published together, so a translation can never lack a clause's value).
 */
export function publishProblemsOf(version: PublishableVersion): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const readBy = (locale: DocumentLocale): string[] | undefined => {
    try {
      return variablesOf(version.bodies[locale], RENDER_LIMITS.bodyBytes);
    } catch (error) {
      problems.push({ reason: 'template.invalid-liquid', locale, message: (error as Error).message });
      return undefined;
    }
  };
  for (const locale of LOCALES) {
    const body = version.bodies[locale];
    const bytes = Buffer.byteLength(body);
    if (bytes > RENDER_LIMITS.bodyBytes) problems.push({ reason: 'template.body-too-large', locale, bytes });
    const found = unsupportedMarkupOfSource(body);
    if (found.length > 0) problems.push({ reason: 'template.unsupported-markup', locale, found });
  }
  try {
    withValidator(version.schema, () => undefined);
  } catch (error) {
    problems.push({ reason: 'template.invalid-schema', message: (error as Error).message });
  }
  const read = { fr: readBy('fr'), en: readBy('en') };
  // A body that does not parse reads nothing we can compare: its own problem says why.
  if (!read.fr || !read.en) return problems;
  const declared = new Set(Object.keys(version.schema.properties ?? {}));
  const { fr, en } = read;
  const onlyIn = { fr: fr.filter((name) => !en.includes(name)), en: en.filter((name) => !fr.includes(name)) };
  const undeclared = [...new Set([...fr, ...en])].filter((name) => !declared.has(name)).sort();
  if (onlyIn.fr.length > 0 || onlyIn.en.length > 0 || undeclared.length > 0) {
    problems.push({ reason: 'template.locales-disagree', onlyIn, undeclared });
  }
  return problems;
}
