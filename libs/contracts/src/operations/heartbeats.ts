import { IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsString, Min } from 'class-validator';

import { defineEvent, defineTopic, type EventDefinition, type TopicDefinition } from '../catalogue/define';
import { SERVICE_NAMES, type ServiceName } from '../messaging/envelope';

/** The service that keeps the latest heartbeat of every instance and answers the status. */
export const STATUS_KEEPER = 'operations' satisfies ServiceName;

/** What one instance of a service says of itself every few seconds. */
export class HeartbeatData {
  @IsIn(SERVICE_NAMES)
  service: ServiceName;

  /** The instance id (`POLLEN_INSTANCE_ID` or the service's name, with a random suffix per start). */
  @IsString()
  @IsNotEmpty()
  instance: string;

  /** `POLLEN_VERSION` (the image's tag in a deployment), `dev` without it. */
  @IsString()
  @IsNotEmpty()
  version: string;

  @IsISO8601()
  startedAt: string;

  @IsInt()
  @Min(0)
  uptimeSeconds: number;

  /** Its readiness, as `/health/ready` would answer now. */
  @IsBoolean()
  ready: boolean;

  /** The readiness checks that fail (empty when ready). */
  @IsArray()
  @IsString({ each: true })
  failingChecks: string[];

  /** Documents of its database whose events wait in the outbox (measured every 15 s). */
  @IsInt()
  @Min(0)
  outboxBacklog: number;
}

type HeartbeatTopic<S extends ServiceName> = TopicDefinition<
  `pollen.${S}.heartbeats.v1`,
  S,
  readonly [typeof STATUS_KEEPER],
  'events'
>;

const heartbeatTopicOf = <S extends ServiceName>(service: S): HeartbeatTopic<S> =>
  defineTopic({
    name: `pollen.${service}.heartbeats.v1` as const,
    kind: 'events',
    partitions: 1,
    // Only the latest matters: an hour lets operations, restarted, see who is alive.
    retentionMs: 60 * 60 * 1000,
    cleanup: { policy: 'delete' },
    key: 'instance id',
    owner: service,
    consumers: [STATUS_KEEPER] as const,
    personalData: false,
    description: `Each ${service} instance's heartbeat (${service}.heartbeat): version, uptime, readiness, outbox backlog`,
  });

/** One heartbeat topic per service, derived from the list of services (one owner per topic). */
export const HeartbeatTopics = Object.fromEntries(
  SERVICE_NAMES.map((service) => [service, heartbeatTopicOf(service)]),
) as { readonly [S in ServiceName]: HeartbeatTopic<S> };

/** `<service>.heartbeat`, one per service, on that service's heartbeat topic, every HEARTBEAT_INTERVAL_MS. */
export const HeartbeatEvents = Object.fromEntries(
  SERVICE_NAMES.map((service) => [
    `${service}.heartbeat`,
    defineEvent({
      topic: HeartbeatTopics[service],
      aggregate: { name: 'Instance', idField: 'instance', owner: service },
      data: HeartbeatData,
      // No request or route: each instance sends one every HEARTBEAT_INTERVAL_MS.
      emittedBy: [],
      description: `A ${service} instance is alive (every few seconds): its version, uptime, readiness and outbox backlog.`,
    }),
  ]),
) as {
  readonly [S in ServiceName as `${S}.heartbeat`]: EventDefinition<HeartbeatTopic<S>, HeartbeatData>;
};
