import { names } from '@nx/devkit';

/** The spellings of one name that templates need: `legal-template` gives LegalTemplate, legalTemplate … */
export interface NameVariants {
  /** kebab-case: file and folder names (`legal-template`). */
  fileName: string;
  /** PascalCase: classes and types (`LegalTemplate`). */
  className: string;
  /** camelCase: variables and properties (`legalTemplate`). */
  propertyName: string;
  /** UPPER_SNAKE_CASE: constants (`LEGAL_TEMPLATE`). */
  constantName: string;
}

export function nameVariants(name: string): NameVariants {
  const { fileName, className, propertyName, constantName } = names(name);
  return { fileName, className, propertyName, constantName };
}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;

// Words a generated parameter or variable may not be named.
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if import in instanceof new null return super switch this throw true try typeof var void ' +
    'while with yield let static implements interface package private protected public await'
  ).split(' '),
);

export function assertKebabCase(value: string, what: string): void {
  if (!KEBAB.test(value)) throw new Error(`${what} must be kebab-case (like "legal-templates"), not "${value}"`);
}

export function assertCamelCase(value: string, what: string): void {
  if (!CAMEL.test(value)) throw new Error(`${what} must be camelCase (like "applicationEvents"), not "${value}"`);
}

export function assertUsableName(variants: NameVariants, what: string): void {
  if (RESERVED.has(variants.propertyName)) {
    throw new Error(
      `${what} "${variants.fileName}" would give a variable named "${variants.propertyName}", a reserved word`,
    );
  }
}

/** English plural, good enough for collection and variable names (`address` → `addresses`). */
export function plural(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The singular of a service name, for its first aggregate (`legal-templates` → `legal-template`). */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(x|z|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `a` or `an`, for factory names: aProgramme, anOrder. */
export const article = (className: string): string => (/^[AEIOU]/.test(className) ? 'an' : 'a');
