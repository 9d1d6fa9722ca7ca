import { Liquid } from 'liquidjs';

import {
  amountInFigures,
  amountInWords,
  type DocumentLocale,
  groupedSiren,
  longDate,
  partyDesignation,
  percent,
} from './french';

/** What a body may not do however it is written: reach a file, a partial or the process. */
const NO_FILES = {
  sep: '/',
  exists: async () => false,
  existsSync: () => false,
  readFile: async (file: string): Promise<string> => {
    throw new Error(`templates include no files (${file})`);
  },
  readFileSync: (file: string): string => {
    throw new Error(`templates include no files (${file})`);
  },
  resolve: (_root: string, file: string) => file,
  contains: async () => false,
};

/**
 * The engine's own limits, beside the characters it parses (the caller's: the worker loads no
 * module of the platform, so it is handed the contracts' limit); the render worker's time and
 * memory limits stop whatever slips past them.
 */
const ENGINE_LIMITS = {
  /** Milliseconds spent rendering. */
  renderLimit: 1_500,
  /** Characters a render may build up with loops and string filters. */
  memoryLimit: 8 * 1024 * 1024,
};

/**
 * The Liquid of legal documents: an unknown variable or filter is an error (a typo never prints
 * an empty clause; only `if` may test one that is absent), every output is HTML-escaped (a variable never adds markup), no file, partial
 * or layout is reachable, and objects expose their own properties only.
 */
export function documentEngine(locale: DocumentLocale, parseLimit: number): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    // An optional clause (`{% if cofinancing %}`) may test a variable the job leaves out.
    lenientIf: true,
    strictFilters: true,
    outputEscape: 'escape',
    ownPropertyOnly: true,
    relativeReference: false,
    root: [],
    fs: NO_FILES,
    ...ENGINE_LIMITS,
    parseLimit,
  });
  // Liquid's own `raw` skips the output escaping: here it is a plain filter, so outputs stay escaped.
  engine.registerFilter('raw', (value: unknown) => value);
  engine.registerFilter('amount', (cents: number) => amountInFigures(cents, locale));
  engine.registerFilter('amount_in_words', (cents: number) => amountInWords(cents, locale));
  engine.registerFilter('long_date', (day: string) => longDate(day, locale));
  engine.registerFilter('siren', (siren: string) => groupedSiren(siren));
  engine.registerFilter('party', (party: unknown) => partyDesignation(party));
  engine.registerFilter('percent', (value: number) => percent(value, locale));
  return engine;
}

/** The root variables a body reads (`parties`, `amountCents` …), for the publishing checks. */
export function variablesOf(body: string, parseLimit: number): string[] {
  return documentEngine('fr', parseLimit).globalVariablesSync(body).sort();
}
