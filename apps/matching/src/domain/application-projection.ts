import type {
  ApplicationContent,
  ApplicationStatus,
  EsusDto,
  EventEnvelope,
  EventOn,
  FundingRequestDto,
  OrganisationDto,
  ProjectDto,
  Topics,
} from '@pollen/contracts';

/** Any event of the application events topic. */
export type ApplicationEvent = EventOn<(typeof Topics)['applicationEvents']['name']>;

/**
 * What matching knows of an organisation: what its gates and criteria read, the name investors see
 * in their deal-flow, and the SIREN, shown to an investor only once introduced; never anyone's name
 * or contact.
 */
// Partial: a draft may lack any of them, and projections stored before the name or the SIREN were
// kept lack them.
export type ProjectedOrganisation = Partial<
  Pick<OrganisationDto, 'name' | 'siren' | 'legalForm' | 'region' | 'essCompany'>
> & {
  esus?: EsusDto;
};
export type ProjectedProject = Partial<
  Pick<
    ProjectDto,
    'title' | 'summary' | 'impactAreas' | 'engagementDimensions' | 'sdgs' | 'stage' | 'beneficiaries' | 'totalCostCents'
  >
>;
export type ProjectedRequest = Pick<FundingRequestDto, 'amountCents' | 'instrument' | 'durationMonths' | 'purpose'>;

/** Matching's own copy of an application, as of the event at `version`. */
export interface ApplicationProjection {
  applicationId: string;
  programmeId: string;
  ownerId: string;
  status: ApplicationStatus;
  organisation: ProjectedOrganisation;
  project: ProjectedProject;
  request: ProjectedRequest;
  /** The owner consented to be shown to investors: only eligible applications with it ever are. */
  shareWithInvestors: boolean;
  /** The aggregateVersion of the last event applied: older and equal ones are dropped. */
  version: number;
  lastEventId: string;
}

/** A status or consent change: only that field (and the version) of the projection move. */
export type ProjectionUpdate = {
  applicationId: string;
  version: number;
  lastEventId: string;
} & ({ status: ApplicationStatus } | { shareWithInvestors: boolean });

export type ProjectionChange =
  | { kind: 'snapshot'; projection: ApplicationProjection }
  | { kind: 'update'; update: ProjectionUpdate }
  | { kind: 'unchanged' };

/** What an event changes in the projection: every application event but a signature moves it. */
export function projectionChangeOf(event: ApplicationEvent): ProjectionChange {
  const moved = (field: { status: ApplicationStatus } | { shareWithInvestors: boolean }): ProjectionChange => ({
    kind: 'update',
    update: { applicationId: event.subject, ...field, version: event.aggregateVersion, lastEventId: event.id },
  });
  const status = (to: ApplicationStatus) => moved({ status: to });
  switch (event.type) {
    case 'application.drafted':
    case 'application.draft-updated':
    case 'application.submitted':
      return { kind: 'snapshot', projection: fromSnapshot(event) };
    case 'application.screened':
      return status(event.data.result);
    case 'application.withdrawn':
      return status('withdrawn');
    case 'application.discussion-started':
      return status('in-discussion');
    case 'application.decided':
      return status(event.data.decision);
    case 'application.consent-changed':
      return moved({ shareWithInvestors: event.data.shareWithInvestors });
    case 'application.agreement-signed':
      // A signed agreement changes nothing a match reads (the status stays).
      return { kind: 'unchanged' };
  }
}

/** Events that carry the whole application: the projection is replaced by what they say. */
function fromSnapshot(event: EventEnvelope<string, ApplicationContent>): ApplicationProjection {
  const data = event.data;
  const esus = data.organisation.esus ? pick(data.organisation.esus, ['certified', 'expiresOn']) : undefined;
  return {
    applicationId: event.subject,
    programmeId: data.programmeId,
    ownerId: data.ownerId,
    status: data.status,
    organisation: {
      ...pick(data.organisation, ['name', 'siren', 'legalForm', 'region', 'essCompany']),
      ...(esus ? { esus } : {}),
    },
    project: pick(data.project, [
      'title',
      'summary',
      'impactAreas',
      'engagementDimensions',
      'sdgs',
      'stage',
      'beneficiaries',
      'totalCostCents',
    ]),
    request: pick(data.request, ['amountCents', 'instrument', 'durationMonths', 'purpose']),
    // Events written before consent existed carry none: not given.
    shareWithInvestors: data.consents?.shareWithInvestors ?? false,
    version: event.aggregateVersion,
    lastEventId: event.id,
  };
}

/** Only the named fields that are present: whatever else an event carries is not copied. */
function pick<T extends object, K extends keyof T>(source: T | undefined, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) {
    if (source?.[key] !== undefined) picked[key] = source[key];
  }
  return picked;
}
