const units: [name: string, ms: number][] = [
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
  ['second', 1000],
  ['millisecond', 1],
];

/** A Kafka duration in the largest unit that divides it (`7 days`, `90 minutes`); -1 is `forever`. */
export function humanDuration(ms: number): string {
  if (ms < 0) return 'forever';
  if (ms === 0) return '0 milliseconds';
  const [name, size] = units.find(([, size]) => ms % size === 0) ?? units[units.length - 1];
  const count = ms / size;
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}
