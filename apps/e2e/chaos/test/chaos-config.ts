/**
 * How long and how hard the chaos suite runs. Two modes:
 *   - short (the default, inside `npm test`): every fault once, ~40 submissions, < 4 minutes;
 *   - full (`npm run test:chaos`, CHAOS_MODE=full): ≥ 300 submissions, the database down 30 s.
 * Every number can be overridden by a CHAOS_* variable (see README.md, "Chaos suite").
 */
export interface ChaosConfig {
  mode: 'short' | 'full';
  /** Submissions started in all; at least this many, spread over the faults. */
  submissions: number;
  /** Submissions in flight at most (each one is a client that retries 503s). */
  maxInFlight: number;
  /** The gateway's REQUEST_TIMEOUT_MS: a 503 must come before this plus one second. */
  requestTimeoutMs: number;
  warmUpS: number;
  /** How long the applications process stays dead after its SIGKILL. */
  applicationsDownS: number;
  kafkaDownS: number;
  databaseDownS: number;
  /** Load with every dependency up, after each fault. */
  settleS: number;
  /** After the last fault (or the last acceptance, if later): every accepted submission complete. */
  completionBoundS: number;
  /** A client stops retrying a submission that got no answer but 503 for this long. */
  giveUpS: number;
  /** How long every service may take to be ready again after a repair before the fault counts as a defect. */
  readyTimeoutS: number;
}

const number = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, not "${raw}"`);
  return value;
};

export function chaosConfig(): ChaosConfig {
  const mode = process.env['CHAOS_MODE'] === 'full' ? 'full' : 'short';
  const full = mode === 'full';
  return {
    mode,
    submissions: number('CHAOS_SUBMISSIONS', full ? 320 : 40),
    maxInFlight: number('CHAOS_MAX_IN_FLIGHT', full ? 24 : 12),
    requestTimeoutMs: number('CHAOS_REQUEST_TIMEOUT_MS', 3000),
    warmUpS: number('CHAOS_WARM_UP_S', full ? 15 : 4),
    applicationsDownS: number('CHAOS_APPLICATIONS_DOWN_S', full ? 10 : 4),
    kafkaDownS: number('CHAOS_KAFKA_DOWN_S', full ? 20 : 8),
    databaseDownS: number('CHAOS_DB_DOWN_S', full ? 30 : 10),
    settleS: number('CHAOS_SETTLE_S', full ? 30 : 4),
    completionBoundS: number('CHAOS_BOUND_S', 90),
    giveUpS: number('CHAOS_GIVE_UP_S', full ? 180 : 90),
    readyTimeoutS: number('CHAOS_READY_TIMEOUT_S', full ? 120 : 60),
  };
}

/** Roughly how long the faults take, restarts included: the load is spread over it. */
/** Seconds planned for the restarts of the three faults together. */
export const restartsS = (config: ChaosConfig) => (config.mode === 'full' ? 30 : 20);

export function plannedFaultMs(config: ChaosConfig): number {
  const restarts = restartsS(config);
  return (
    1000 *
    (config.warmUpS +
      config.applicationsDownS +
      config.kafkaDownS +
      config.databaseDownS +
      4 * config.settleS +
      restarts)
  );
}

/** The Jest timeout: the whole timeline even when every fault goes wrong, so the counts still print. */
export function testTimeoutMs(config: ChaosConfig): number {
  return (
    plannedFaultMs(config) + 1000 * (3 * config.readyTimeoutS + 2 * config.giveUpS + config.completionBoundS + 180)
  );
}
