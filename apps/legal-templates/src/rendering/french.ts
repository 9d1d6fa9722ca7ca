/**
 * What French legal documents write in a fixed way: amounts in figures and in words, dates, SIREN.
 * Pure functions: the render worker registers them as Liquid filters, and tests call them directly.
 */
export type DocumentLocale = 'fr' | 'en';

// French typography: a narrow no-break space between thousands and before the euro sign.
const NNBSP = '\u202f';

/** An amount is a whole number of cents, never negative: anything else is the template's error, not a blank. */
function assertCents(cents: unknown): asserts cents is number {
  if (!Number.isSafeInteger(cents) || (cents as number) < 0) {
    throw new Error(`an amount is a whole, non-negative number of cents, not ${JSON.stringify(cents)}`);
  }
}

/** 1250000 cents → « 12 500,00 € » (fr) or “€12,500.00” (en). */
export function amountInFigures(cents: number, locale: DocumentLocale): string {
  assertCents(cents);
  const euros = cents / 100;
  if (locale === 'en') {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(euros);
  }
  const [whole, fraction] = euros.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, NNBSP);
  return `${grouped},${fraction}${NNBSP}€`;
}

const FR_UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
];
const FR_TENS = [
  '',
  '',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'soixante',
  'quatre-vingt',
  'quatre-vingt',
];

/**
 * 0–99 in French words, with the 1990 spelling's hyphens (« soixante-et-onze », « quatre-vingts »);
 * `plural` lets « vingt » take its s when nothing follows (not before « mille »).
 */
function frBelowHundred(n: number, plural = true): string {
  if (n < 20) return FR_UNITS[n];
  const ten = Math.floor(n / 10);
  // 70–79 and 90–99 count on from 60 and 80: soixante-dix, quatre-vingt-douze.
  const rest = ten === 7 || ten === 9 ? n - ten * 10 + 10 : n % 10;
  if (rest === 0) return ten === 8 && plural ? 'quatre-vingts' : FR_TENS[ten];
  const joiner = n % 10 === 1 && ten !== 8 && ten !== 9 ? '-et-' : '-';
  return `${FR_TENS[ten]}${joiner}${frBelowHundred(rest)}`;
}

/** 0–999 in French words; `plural` lets « cent » take its s when nothing follows (« deux-cents »). */
function frBelowThousand(n: number, plural = true): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest === 0 ? '' : frBelowHundred(rest, plural);
  if (hundreds === 0) return restWords;
  const cent = hundreds === 1 ? 'cent' : `${FR_UNITS[hundreds]}-cent${rest === 0 && plural ? 's' : ''}`;
  return rest === 0 ? cent : `${cent}-${restWords}`;
}

const FR_SCALES: [number, string][] = [
  [1_000_000_000, 'milliard'],
  [1_000_000, 'million'],
];

/** A whole number in French words, up to the billions (« un million deux-cent-mille »). */
export function frenchNumber(n: number): string {
  if (n === 0) return 'zéro';
  // Million and milliard are nouns, apart; everything below them is one hyphenated number.
  const nouns: string[] = [];
  let rest = n;
  for (const [scale, name] of FR_SCALES) {
    const count = Math.floor(rest / scale);
    if (count > 0) nouns.push(`${frenchNumber(count)} ${name}${count > 1 ? 's' : ''}`);
    rest %= scale;
  }
  const below: string[] = [];
  const thousands = Math.floor(rest / 1000);
  // « mille » is invariable and takes no « un » before it; « quatre-vingt-mille » drops the s.
  if (thousands > 0) below.push(thousands === 1 ? 'mille' : `${frBelowThousand(thousands, false)}-mille`);
  rest %= 1000;
  if (rest > 0) below.push(frBelowThousand(rest));
  return [...nouns, ...(below.length ? [below.join('-')] : [])].join(' ');
}

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords =
    rest === 0
      ? ''
      : rest < 20
        ? EN_UNITS[rest]
        : `${EN_TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${EN_UNITS[rest % 10]}` : ''}`;
  if (hundreds === 0) return restWords;
  return `${EN_UNITS[hundreds]} hundred${rest ? ` and ${restWords}` : ''}`;
}

/** A whole number in English words (« one million two hundred thousand »). */
export function englishNumber(n: number): string {
  if (n === 0) return 'zero';
  const words: string[] = [];
  let rest = n;
  for (const [scale, name] of [
    [1_000_000_000, 'billion'],
    [1_000_000, 'million'],
    [1_000, 'thousand'],
  ] as const) {
    const count = Math.floor(rest / scale);
    if (count > 0) words.push(`${enBelowThousand(count)} ${name}`);
    rest %= scale;
  }
  // British usage: « one thousand and five », « two million and forty ».
  if (rest > 0) words.push(`${words.length > 0 && rest < 100 ? 'and ' : ''}${enBelowThousand(rest)}`);
  return words.join(' ');
}

/** 1050050 cents → « dix-mille-cinq-cents euros et cinquante centimes » / “ten thousand five hundred euros and fifty cents”. */
export function amountInWords(cents: number, locale: DocumentLocale): string {
  assertCents(cents);
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  const spell = locale === 'fr' ? frenchNumber : englishNumber;
  // French writes « un million d'euros »: « de » after million and milliard with nothing after them.
  const of = locale === 'fr' && /(million|milliard)s?$/.test(spell(euros)) ? 'd’euros' : 'euros';
  // « zéro euro », « un euro »: the plural starts at two.
  const unit = euros <= 1 ? 'euro' : of;
  const main = `${spell(euros)} ${unit}`;
  if (rest === 0) return main;
  const centName = locale === 'fr' ? `centime${rest > 1 ? 's' : ''}` : `cent${rest > 1 ? 's' : ''}`;
  return `${main} ${locale === 'fr' ? 'et' : 'and'} ${spell(rest)} ${centName}`;
}

/** 2026-12-01 → « 1er décembre 2026 » / “1 December 2026”, read as a calendar day. */
export function longDate(isoDay: string, locale: DocumentLocale): string {
  const day = new Date(`${isoDay.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDay;
  const text = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(day);
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** 732829320 → « 732 829 320 », as the registry prints it. */
export const groupedSiren = (siren: string): string => siren.replace(/\s/g, '').replace(/(\d{3})(?=\d)/g, '$1\u00a0');

/** A party as an agreement names it: « Fonds Démo, SAS, SIREN 552 100 554 », with what is known of it. */
export function partyDesignation(party: unknown): string {
  const { name, legalForm, siren } = (party ?? {}) as { name?: unknown; legalForm?: unknown; siren?: unknown };
  if (typeof name !== 'string' || name === '') throw new Error('a party has a name');
  const parts = [name];
  if (typeof legalForm === 'string' && legalForm !== '') parts.push(legalForm);
  if (typeof siren === 'string' && siren !== '') parts.push(`SIREN ${groupedSiren(siren)}`);
  return parts.join(', ');
}

/** 2.5 → « 2,5 % » (a no-break space before the sign) / “2.5%”. */
export function percent(value: number, locale: DocumentLocale): string {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`a percentage is a number, not ${JSON.stringify(value)}`);
  const figures = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 4 }).format(
    value,
  );
  return locale === 'fr' ? `${figures}\u00a0%` : `${figures}%`;
}
