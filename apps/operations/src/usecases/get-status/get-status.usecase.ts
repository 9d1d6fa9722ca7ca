import { Injectable } from '@nestjs/common';
import { type Actor, assertOperator, SERVICE_NAMES, type StatusView } from '@pollen/contracts';
import { ServiceEnv } from '@pollen/platform/config';

import { toInstanceStatusView } from '../../domain/instance';
import { ConsumerLagReader } from '../../repositories/consumer-lag.reader';
import { DeadLetterStore } from '../../repositories/dead-letter.store';
import { InstanceStore } from '../../repositories/instance.store';
import { TimelineStore } from '../../repositories/timeline.store';

/** Instances heard from within this long are listed; an older one has gone for good. */
const LISTED_FOR_MS = 60 * 60 * 1000;

/** Delivery failures are counted over the last day. */
const FAILURES_OVER_MS = 24 * 60 * 60 * 1000;

/**
 * The platform at a glance, for operators: each service's instances from their heartbeats (an
 * instance silent for three intervals is flagged), every consumer group's lag from Kafka, and the
 * dead letters that wait for someone, and the deliveries' failed attempts and given-up deliveries
 * over the last day (from the delivery log the timeline indexes).
 */
@Injectable()
export class GetStatus {
  constructor(
    private readonly instances: InstanceStore,
    private readonly lag: ConsumerLagReader,
    private readonly deadLetters: DeadLetterStore,
    private readonly timeline: TimelineStore,
    private readonly config: ServiceEnv,
  ) {}

  async execute({ actor }: { actor: Actor }, now = new Date()): Promise<StatusView> {
    assertOperator(actor);
    const since = new Date(now.getTime() - FAILURES_OVER_MS);
    const [heard, counts, failures, lag] = await Promise.all([
      this.instances.heardSince(new Date(now.getTime() - LISTED_FOR_MS)),
      this.deadLetters.countByState(),
      this.timeline.deliveryFailuresSince(since),
      this.lag.lag(),
    ]);
    return {
      at: now.toISOString(),
      services: SERVICE_NAMES.map((service) => ({
        service,
        instances: heard
          .filter((instance) => instance.heartbeat.service === service)
          .sort((a, b) => a.heartbeat.startedAt.localeCompare(b.heartbeat.startedAt))
          .map((instance) => toInstanceStatusView(instance, this.config.HEARTBEAT_INTERVAL_MS, now)),
      })),
      lag,
      deadLetters: { open: counts.open, replaying: counts.replaying, replayFailed: counts['replay-failed'] },
      notifications: {
        since: since.toISOString(),
        failedAttempts: failures.reduce((sum, count) => sum + count.failedAttempts, 0),
        givenUp: failures.reduce((sum, count) => sum + count.givenUp, 0),
        byChannel: failures,
      },
    };
  }
}
