import type { DealFlowItemView } from '@pollen/contracts';

import type { ApplicationProjection } from './application-projection';
import type { Match } from './match';
import { toMatchable } from './matcher/matchable';

/**
 * A match as its investor sees it: the project redacted (the organisation's name, legal form,
 * region and ESUS; the project's title, summary, impact areas and stage; the amount and
 * instrument); the SIREN and the applicant's contact only once introduced.
 */
export function toDealFlowItem(match: Match, projection: ApplicationProjection): DealFlowItemView {
  // ESUS as it was read when the match was proposed; a proposed application has every gate's field.
  const matchable = toMatchable(projection, match.proposedAt);
  if (!matchable) throw new Error(`match ${match.id}: its application lacks what matching read`);
  const { organisation, project } = projection;
  return {
    matchId: match.id,
    status: match.status,
    score: match.score,
    explanation: match.explanation,
    project: {
      organisation: {
        name: organisation.name ?? '',
        legalForm: matchable.legalForm,
        region: matchable.region,
        esus: matchable.esus,
      },
      project: {
        title: project.title ?? '',
        ...(project.summary === undefined ? {} : { summary: project.summary }),
        impactAreas: [...matchable.impactAreas],
        ...(matchable.stage === undefined ? {} : { stage: matchable.stage }),
      },
      request: { amountCents: matchable.amountCents, instrument: matchable.instrument },
    },
    ...(match.interest ? { interest: { ...match.interest, at: match.interest.at.toISOString() } } : {}),
    ...(match.pass ? { pass: { ...match.pass, at: match.pass.at.toISOString() } } : {}),
    ...(match.introduction?.applicant.contact
      ? {
          introduction: {
            at: match.introduction.at.toISOString(),
            siren: match.introduction.applicant.siren,
            contact: match.introduction.applicant.contact,
            applicationId: match.applicationId,
          },
        }
      : {}),
    ...(match.decline ? { decline: { ...match.decline, at: match.decline.at.toISOString() } } : {}),
    ...(match.retractCause
      ? { retraction: { cause: match.retractCause, ...(match.retractGate ? { gate: match.retractGate } : {}) } }
      : {}),
    version: match.version,
    proposedAt: match.proposedAt.toISOString(),
    updatedAt: match.updatedAt.toISOString(),
  };
}
