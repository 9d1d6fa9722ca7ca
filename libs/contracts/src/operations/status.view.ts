import type { ServiceName } from '../messaging/envelope';
import type { NotificationChannel } from '../notifications/codes';

/** One instance of a service, from its latest heartbeat. */
export class InstanceStatusView {
  instance: string;
  version: string;
  startedAt: string;
  uptimeSeconds: number;
  ready: boolean;
  /** The readiness checks failing at the last heartbeat. */
  failingChecks: string[];
  outboxBacklog: number;
  lastHeartbeatAt: string;
  /** No heartbeat for three intervals: the instance stopped or cannot reach Kafka. */
  silent: boolean;
}

/** A service's instances heard from within the last hour. */
export class ServiceStatusView {
  service: ServiceName;
  instances: InstanceStatusView[];
}

/** Messages a consumer group has not consumed yet, on one topic (summed over its partitions). */
export class ConsumerLagView {
  group: string;
  topic: string;
  lag: number;
}

/** Dead letters kept by the operations service, by state. */
export class DeadLetterCountsView {
  open: number;
  replaying: number;
  replayFailed: number;
}

/** One channel's failed attempts and given-up deliveries. */
export class NotificationFailureCountView {
  channel: NotificationChannel;
  /** Attempts that failed (`notification.failed`): each is tried again later, so one e-mail may count several. */
  failedAttempts: number;
  /** Deliveries given up (`notification.dead`): those will never go out. */
  givenUp: number;
}

/** What did not go out, from the delivery log: failed attempts and given-up deliveries, by channel. */
export class NotificationFailuresView {
  /** Counted from then on: a day before `at`. */
  since: string;
  failedAttempts: number;
  givenUp: number;
  byChannel: NotificationFailureCountView[];
}

/** The platform at a glance, for operators: `GET /v1/ops/status`. */
export class StatusView {
  /** When it was computed. */
  at: string;
  services: ServiceStatusView[];
  /** Every consumer group of the catalogue on every topic it reads, with its committed lag. */
  lag: ConsumerLagView[];
  deadLetters: DeadLetterCountsView;
  notifications: NotificationFailuresView;
}
