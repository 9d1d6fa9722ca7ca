import { defineEvent, defineTopic, type EventDefinition, type TopicDefinition } from '../catalogue/define';
import { SERVICE_NAMES, type ServiceName } from '../messaging/envelope';
import { ErasureCompletedData } from './erasure-events';

/** The service that owns erasure progress: it reads every service's confirmation. */
export const ERASURE_KEEPER = 'operations' satisfies ServiceName;

type ErasureTopic<S extends ServiceName> = TopicDefinition<
  `pollen.${S}.erasure-events.v1`,
  S,
  readonly [typeof ERASURE_KEEPER],
  'events'
>;

const erasureTopicOf = <S extends ServiceName>(service: S): ErasureTopic<S> =>
  defineTopic({
    name: `pollen.${service}.erasure-events.v1` as const,
    kind: 'events',
    partitions: 1,
    // The record that an erasure was done (RGPD art. 5(2), accountability): ids and counts only.
    retentionMs: -1,
    cleanup: { policy: 'delete' },
    key: 'erasure id',
    owner: service,
    consumers: [ERASURE_KEEPER] as const,
    personalData: false,
    description: `${service} confirms each erasure it carried out (${service}.erasure-completed): what it erased, what the law makes it keep and until when`,
  });

/**
 * One topic per service, derived from the list of services: each service writes only to its own
 * (one owner per topic), and a new service has one without anyone listing it again.
 */
export const ErasureTopics = Object.fromEntries(SERVICE_NAMES.map((service) => [service, erasureTopicOf(service)])) as {
  readonly [S in ServiceName]: ErasureTopic<S>;
};

/** `<service>.erasure-completed`, one per service, on that service's erasure topic. */
export const ErasureEvents = Object.fromEntries(
  SERVICE_NAMES.map((service) => [
    `${service}.erasure-completed`,
    defineEvent({
      topic: ErasureTopics[service],
      aggregate: { name: 'Erasure', idField: 'erasureId', owner: service },
      data: ErasureCompletedData,
      emittedBy: ['POST /v1/me/erasure'],
      description: `${service} erased (or anonymised) what it held about the account, and lists what the law makes it keep.`,
    }),
  ]),
) as {
  readonly [S in ServiceName as `${S}.erasure-completed`]: EventDefinition<ErasureTopic<S>, ErasureCompletedData>;
};
