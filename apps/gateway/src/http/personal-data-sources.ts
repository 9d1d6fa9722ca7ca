import { Injectable } from '@nestjs/common';
import {
  type Actor,
  ExportRequests,
  type Locale,
  type PersonalDataSectionsView,
  type ServiceName,
} from '@pollen/contracts';
import { RequestReplyClient } from '@pollen/platform/kafka';

export type ExportRequestType = keyof typeof ExportRequests;

/** Every service that holds personal data, by its export request: the catalogue lists them, not the gateway. */
export const EXPORT_REQUEST_TYPES = Object.keys(ExportRequests) as ExportRequestType[];

/** The service that answers an export request. */
export const ownerOf = (type: ExportRequestType): ServiceName => ExportRequests[type].topic.owner;

/** The port an export asks each service through; ServicePersonalDataSources asks them over Kafka. */
export abstract class PersonalDataSources {
  /** What one service holds about the actor. @throws DomainException `unavailable` when it does not answer in time. */
  abstract ask(type: ExportRequestType, actor: Actor, locale: Locale): Promise<PersonalDataSectionsView>;
}

/**
 * The export's requests go through the gateway's one request–reply client, outside any HTTP
 * request (a job resumed after a restart has none). A reply holds one person's records: well under
 * the reply topic's largest message (the broker's default, about 1 MB).
 */
@Injectable()
export class ServicePersonalDataSources extends PersonalDataSources {
  constructor(private readonly requests: RequestReplyClient) {
    super();
  }

  ask(type: ExportRequestType, actor: Actor, locale: Locale): Promise<PersonalDataSectionsView> {
    return this.requests.request(type, { subject: actor.id, data: {}, actor, locale });
  }
}
