import { SERVICE_NAMES, type ServiceName } from '../messaging/envelope';
import { defineTopic, type TopicDefinition } from './define';

type RelayTopic<S extends ServiceName> = TopicDefinition<`pollen.${S}.relay.v1`, S, readonly [S], 'coordination'>;

/**
 * The consumer group whose one member holding the relay topic's partition relays the outboxes of
 * one database: the replicas that share it elect one; instances on other databases (tests running
 * side by side on one broker) elect their own (docs/adr/0019-outbox-relay-election.md).
 */
export const relayGroupOf = (service: ServiceName, database: string): string => `${service}-relay-${database}`;

const relayTopicOf = <S extends ServiceName>(service: S): RelayTopic<S> =>
  defineTopic({
    name: `pollen.${service}.relay.v1` as const,
    kind: 'coordination',
    // One partition, so one member of the group holds it: the replica that relays.
    partitions: 1,
    // Wake-ups are worth nothing once read: an hour covers a relay that is restarting.
    retentionMs: 60 * 60 * 1000,
    cleanup: { policy: 'delete' },
    key: 'none: an empty wake-up',
    owner: service,
    consumers: [service] as const,
    personalData: false,
    description: `Elects the ${service} replica that relays its outboxes (group ${relayGroupOf(service, '<database>')}); the other replicas wake it here after a write`,
  });

/** One per service, derived from the list of services. */
export const RelayTopics = Object.fromEntries(SERVICE_NAMES.map((service) => [service, relayTopicOf(service)])) as {
  readonly [S in ServiceName]: RelayTopic<S>;
};
