/**
 * `work`, or a rejection once `ms` have passed: for database work an answer may go without (a
 * rate-limit count, keeping an idempotent answer), which must not add the database's own wait
 * (DATABASE_WAIT_MS) to a request while the database is down. The work itself goes on.
 */
export function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  work.catch(() => undefined); // a late failure is nobody's to handle
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
