import type { KeptRecord } from '@pollen/contracts';

import type { Application } from './application';

/**
 * What stands in for an erased account wherever a record must stay: not an account id (those are
 * UUIDs), so no one can ever be taken for its owner or author again.
 */
export const ERASED = 'erased';

/** Why a decided application outlives its owner's erasure. */
export const RETENTION_BASIS = 'art. L123-22 Code de commerce (10 years)';
const RETENTION_YEARS = 10;

/** A kept application: until when, on what basis, and for which erasure (so a redelivery lists it again). */
export interface Retention {
  until: Date;
  basis: string;
  erasureId: string;
}

export type KeptApplication = Application & { retention: Retention };

/** What an account's erasure does to one application. */
export type ApplicationErasure =
  | { kind: 'delete' }
  | { kind: 'keep'; next: Application }
  | { kind: 'anonymise'; next: Application }
  | { kind: 'untouched' };

/**
 * An owner's application is deleted unless it carries a decision in the applicant's favour (a
 * funding decision, or an agreement every party signed): that is a record of public money or of
 * a deal, kept ten years from the decision without the person. Someone else's application (an
 * operator's decision, say) only loses the account's name in its history.
 */
export function erasureOf(application: Application, accountId: string, erasureId: string): ApplicationErasure {
  if (application.ownerId === accountId) {
    const decidedAt = decisionDateOf(application);
    if (!decidedAt) return { kind: 'delete' };
    const next = withoutAuthor(application, accountId);
    next.ownerId = ERASED;
    // The project's description is the applicant's own prose; the title, the request and its
    // purpose are what was decided, and stay.
    const { summary: _summary, ...project } = next.project;
    next.project = project;
    next.retention = { until: plusYears(decidedAt, RETENTION_YEARS), basis: RETENTION_BASIS, erasureId };
    return { kind: 'keep', next };
  }
  if (!isAuthoredBy(application, accountId)) return { kind: 'untouched' };
  return { kind: 'anonymise', next: withoutAuthor(application, accountId) };
}

/** A kept application as the erasure's confirmation lists it: what, why and until when, never whose. */
export function keptRecordOf(application: KeptApplication): KeptRecord {
  return {
    what: application.status === 'funded' ? 'funded application' : 'application with a signed agreement',
    id: application.id,
    basis: application.retention.basis,
    until: application.retention.until.toISOString(),
  };
}

/** Whether the account wrote anything in the application's history or consents. */
export const isAuthoredBy = (application: Application, accountId: string): boolean =>
  application.consents?.by === accountId || application.history.some((change) => change.by === accountId);

/** When it was decided in the applicant's favour: the funding decision, or the last agreement signed. */
function decisionDateOf(application: Application): Date | undefined {
  const favourable = application.history.filter(
    (change) => change.documentId !== undefined || (change.status === 'funded' && change.consent === undefined),
  );
  const dates = favourable.map((change) => new Date(change.at).getTime());
  if (dates.length === 0) return application.status === 'funded' ? application.updatedAt : undefined;
  return new Date(Math.max(...dates));
}

function withoutAuthor(application: Application, accountId: string): Application {
  const next = structuredClone(application);
  next.history = next.history.map((change) => (change.by === accountId ? { ...change, by: ERASED } : change));
  if (next.consents?.by === accountId) next.consents = { ...next.consents, by: ERASED };
  return next;
}

function plusYears(date: Date, years: number): Date {
  const until = new Date(date);
  until.setUTCFullYear(until.getUTCFullYear() + years);
  return until;
}
