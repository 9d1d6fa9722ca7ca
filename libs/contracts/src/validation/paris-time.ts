import { Transform } from 'class-transformer';
import { isISO8601, registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * Programme deadlines are Paris time (docs/domain.md). A bare date names a day there; a date-time
 * must say its offset, since the server's own time zone would otherwise decide what it means.
 */
export const PARIS = 'Europe/Paris';

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A time part ending in `Z` or `±hh:mm` (`±hhmm` too, which Date also reads). */
const TIME_WITH_OFFSET = /[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})$/;

/** The same rule as a JSON Schema pattern, for the documents generated from the DTOs. */
export const OFFSET_REQUIRED_PATTERN =
  '^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:?\\d{2}))?$';

const parisClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Paris's wall clock is ahead of UTC at this instant, in milliseconds (1 h in winter, 2 h in summer). */
function parisOffsetAt(instant: number): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  const part = Object.fromEntries(
    parisClock.formatToParts(new Date(wholeSecond)).map(({ type, value }) => [type, Number(value)]),
  );
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - wholeSecond;
}

/**
 * The instant Paris's wall clock shows this time (given as if it were UTC). Read twice because the
 * offset at the guess may differ from the offset at the answer near a DST switch; Paris switches
 * at 02:00 and 03:00, so midnight and 23:59:59.999 are never skipped nor repeated.
 */
function parisWallClock(asIfUtc: number): number {
  const guess = asIfUtc - parisOffsetAt(asIfUtc);
  return asIfUtc - parisOffsetAt(guess);
}

export type DayEdge = 'start' | 'end';

/**
 * A bare date (YYYY-MM-DD) as the instant its day starts (00:00) or ends (23:59:59.999) in Paris,
 * in ISO 8601 UTC; undefined for anything else, including a date that does not exist.
 */
export function parisDayEdge(value: string, edge: DayEdge): string | undefined {
  const match = BARE_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const midnight = Date.UTC(year, month - 1, day);
  if (new Date(midnight).toISOString().slice(0, 10) !== value) return undefined;
  const wallClock = edge === 'start' ? midnight : Date.UTC(year, month - 1, day, 23, 59, 59, 999);
  return new Date(parisWallClock(wallClock)).toISOString();
}

/** Reads a bare date as that day's start or end in Paris; leaves any other value for the validators. */
export function ParisDay(edge: DayEdge): PropertyDecorator {
  return Transform(
    ({ value }: { value: unknown }) => (typeof value === 'string' && parisDayEdge(value, edge)) || value,
    {
      toClassOnly: true,
    },
  );
}

/** Valid ISO 8601 without an offset (and not a bare date): the one mistake `offsetRequired` names. */
export function lacksOffset(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    isISO8601(value, { strict: true }) &&
    !BARE_DATE.test(value) &&
    !TIME_WITH_OFFSET.test(value)
  );
}

/** A date-time must carry its offset; a value that is not ISO 8601 at all is `@IsISO8601`'s to refuse. */
export function OffsetRequired(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'offsetRequired',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be a date (YYYY-MM-DD, Paris time) or a date-time with its offset (Z or ±hh:mm)',
        ...options,
      },
      validator: { validate: (value: unknown) => !lacksOffset(value) },
    });
}

/** The French calendar day (YYYY-MM-DD, Europe/Paris) of an instant: what dated credentials are read against. */
export function parisDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at);
}

/** The instant the French calendar month of `at` began (midnight on the 1st, Europe/Paris): monthly quotas count from it. */
export function parisMonthStart(at: Date): Date {
  return new Date(parisDayEdge(`${parisDay(at).slice(0, 8)}01`, 'start') as string);
}

/** The instant Paris's wall clock shows `time` (`HH:MM` or `HH:MM:SS`) on `day` (YYYY-MM-DD). */
export function parisTimeOn(day: string, time: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const [hours, minutes, seconds = 0] = time.split(':').map(Number);
  return new Date(parisWallClock(Date.UTC(year, month - 1, date, hours, minutes, seconds)));
}
