import { ApplicationRequests } from '../applications/application-requests';
import { InvestorRequests } from '../investors/investor-requests';
import { LegalTemplateRequests } from '../legal-templates/legal-template-requests';
import { MatchRequests } from '../matches/match-requests';
import type { RequestEnvelope } from '../messaging/request-reply';
import { NotificationRequests } from '../notifications/notification-requests';
import { OperationsRequests } from '../operations/operations-requests';
import { ErasureRequests, ExportRequests } from '../personal-data/personal-data-requests';
import { ProgrammeRequests } from '../programmes/programme-requests';
import type { RequestDefinition } from './define';

/** Every request type, declared once; the gateway's client and each service's routes derive from it. */
export const Requests = {
  ...ProgrammeRequests,
  ...ApplicationRequests,
  ...NotificationRequests,
  ...LegalTemplateRequests,
  ...OperationsRequests,
  ...InvestorRequests,
  ...MatchRequests,
  ...ExportRequests,
  ...ErasureRequests,
} satisfies Record<string, RequestDefinition>;

export type RequestType = keyof typeof Requests;
export type RequestDataOf<T extends RequestType> = InstanceType<(typeof Requests)[T]['data']>;
export type RequestResultOf<T extends RequestType> = InstanceType<(typeof Requests)[T]['result']>;

/** The request types carried by one topic: exactly the routes its owner must have. */
export type RequestTypeOn<TTopicName extends string> = {
  [K in RequestType]: (typeof Requests)[K]['topic']['name'] extends TTopicName ? K : never;
}[RequestType];

/** A request as its handler receives it: data already validated against its class. */
export type RequestOf<T extends RequestType> = RequestEnvelope<T, RequestDataOf<T>>;

export const isRequestType = (type: string): type is RequestType => Object.hasOwn(Requests, type);
