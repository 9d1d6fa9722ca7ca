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

/** Deliveries of one channel that failed (to be retried) or were given up. */
export class NotificationFailureCountView {
  channel: NotificationChannel;
  failed: number;
  dead: number;
}

/** Notifications that did not go out, from the delivery log (`notification.failed` and `.dead`). */
export class NotificationFailuresView {
  /** Counted from then on: a day before `at`. */
  since: string;
  failed: number;
  dead: number;
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
