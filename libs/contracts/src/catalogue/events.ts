import { AccountContactEvents, AccountEvents } from '../accounts/account-events';
import { ApplicationEvents } from '../applications/application-events';
import { InvestorEvents, InvestorOrganisationEvents } from '../investors/investor-events';
import { DocumentEvents } from '../legal-templates/document-events';
import { IntroductionEvents, MatchEvents } from '../matches/match-events';
import type { EventEnvelope } from '../messaging/envelope';
import { NotificationEvents } from '../notifications/notification-events';
import { HeartbeatEvents } from '../operations/heartbeats';
import { OperationsEvents } from '../operations/operations-events';
import { ErasureEvents } from '../personal-data/erasure-topics';
import { ProgrammeEvents } from '../programmes/programme-events';
import type { EventDefinition } from './define';

/** Every event type, declared once; `emit`, the relay and every consumer's validation derive from it. */
export const Events = {
  ...AccountEvents,
  ...AccountContactEvents,
  ...ProgrammeEvents,
  ...ApplicationEvents,
  ...OperationsEvents,
  ...InvestorEvents,
  ...InvestorOrganisationEvents,
  ...MatchEvents,
  ...IntroductionEvents,
  ...DocumentEvents,
  ...NotificationEvents,
  ...ErasureEvents,
  ...HeartbeatEvents,
} satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof Events;
export type EventDataOf<T extends EventType> = InstanceType<(typeof Events)[T]['data']>;
export type EventOf<T extends EventType> = EventEnvelope<T, EventDataOf<T>>;

/** The event types carried by one topic. */
export type EventTypeOn<TTopicName extends string> = {
  [K in EventType]: (typeof Events)[K]['topic']['name'] extends TTopicName ? K : never;
}[EventType];

/** Any event of one topic, as a union a `switch (event.type)` narrows. */
export type EventOn<TTopicName extends string> = {
  [K in EventTypeOn<TTopicName>]: EventOf<K>;
}[EventTypeOn<TTopicName>];

export const isEventType = (type: string): type is EventType => Object.hasOwn(Events, type);
