import { digestIdOf, dueDigest } from './digest';

const utc = (iso: string) => new Date(iso);
const due = (now: string, at = '08:00') => {
  const { day, cutoff } = dueDigest(utc(now), at);
  return { day, cutoff: cutoff.toISOString() };
};

describe('dueDigest', () => {
  describe('around the configured time (08:00 Paris: 07:00 UTC in winter)', () => {
    it('is yesterday’s digest until the clock shows the time', () => {
      expect(due('2026-12-02T06:59:59.999Z')).toEqual({ day: '2026-12-01', cutoff: '2026-12-01T07:00:00.000Z' });
    });

    it('is today’s from the very minute on, with that minute as the cutoff', () => {
      expect(due('2026-12-02T07:00:00.000Z')).toEqual({ day: '2026-12-02', cutoff: '2026-12-02T07:00:00.000Z' });
      expect(due('2026-12-02T22:59:59.999Z')).toEqual({ day: '2026-12-02', cutoff: '2026-12-02T07:00:00.000Z' });
    });

    it('reads the time in summer as Paris shows it (06:00 UTC)', () => {
      expect(due('2026-07-01T05:59:00.000Z')).toEqual({ day: '2026-06-30', cutoff: '2026-06-30T06:00:00.000Z' });
      expect(due('2026-07-01T06:00:00.000Z')).toEqual({ day: '2026-07-01', cutoff: '2026-07-01T06:00:00.000Z' });
    });
  });

  describe('around midnight', () => {
    it('counts days in Paris, not in UTC: just after midnight there, the day before’s digest is due', () => {
      // 00:30 on 2 December in Paris is still 1 December in UTC.
      expect(due('2026-12-01T23:30:00.000Z')).toEqual({ day: '2026-12-01', cutoff: '2026-12-01T07:00:00.000Z' });
      // 23:30 on 1 December in Paris.
      expect(due('2026-12-01T22:30:00.000Z')).toEqual({ day: '2026-12-01', cutoff: '2026-12-01T07:00:00.000Z' });
    });

    it('turns to the new day at midnight when the digest goes out at 00:00', () => {
      expect(due('2026-12-01T22:59:59.999Z', '00:00')).toEqual({
        day: '2026-12-01',
        cutoff: '2026-11-30T23:00:00.000Z',
      });
      expect(due('2026-12-01T23:00:00.000Z', '00:00')).toEqual({
        day: '2026-12-02',
        cutoff: '2026-12-01T23:00:00.000Z',
      });
    });

    it('goes back across a month and a year', () => {
      expect(due('2027-01-01T06:00:00.000Z')).toEqual({ day: '2026-12-31', cutoff: '2026-12-31T07:00:00.000Z' });
    });
  });

  describe('on a day the clocks change (29 March and 25 October 2026)', () => {
    it('keeps the wall-clock time on the 23-hour day: 07:00 UTC the day before, 06:00 UTC that day', () => {
      // 07:30 in Paris on 29 March, already summer time.
      expect(due('2026-03-29T05:30:00.000Z')).toEqual({ day: '2026-03-28', cutoff: '2026-03-28T07:00:00.000Z' });
      expect(due('2026-03-29T06:00:00.000Z')).toEqual({ day: '2026-03-29', cutoff: '2026-03-29T06:00:00.000Z' });
    });

    it('keeps the wall-clock time on the 25-hour day: 06:00 UTC the day before, 07:00 UTC that day', () => {
      // 07:30 in Paris on 25 October, back to winter time.
      expect(due('2026-10-25T06:30:00.000Z')).toEqual({ day: '2026-10-24', cutoff: '2026-10-24T06:00:00.000Z' });
      expect(due('2026-10-25T07:00:00.000Z')).toEqual({ day: '2026-10-25', cutoff: '2026-10-25T07:00:00.000Z' });
    });

    // 24 hours before a late cutoff on the 25-hour day is the same day: the day before comes from the date.
    it('never gives a cutoff still to come, even late on the 25-hour day', () => {
      // 23:00 in Paris on 25 October, before a 23:30 digest: the 24th's is due.
      expect(due('2026-10-25T22:00:00.000Z', '23:30')).toEqual({
        day: '2026-10-24',
        cutoff: '2026-10-24T21:30:00.000Z',
      });
    });
  });
});

describe('digestIdOf', () => {
  it('names the investor and the day', () => {
    expect(digestIdOf('inv-1', '2026-12-02')).toBe('digest:inv-1:2026-12-02');
  });
});
