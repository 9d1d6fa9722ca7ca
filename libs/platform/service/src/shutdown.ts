import { Logger } from '@nestjs/common';

/** The parts of a service a shutdown stops, in this order. */
export interface ShutdownSteps {
  /** Readiness fails from now on: the cluster takes the instance out of rotation. */
  markNotReady: () => void;
  /** How long it keeps serving meanwhile. */
  drainDelayMs: number;
  /** No new HTTP requests; those in flight finish. */
  stopHttp: () => Promise<void>;
  /** Messages waiting for a dependency give up (uncommitted), the consumer groups are left. */
  stopConsumers: () => Promise<void>;
  /** What the last commands wrote goes out now, not after the restart. */
  lastRelayPass: () => Promise<void>;
  /** The rest: Nest's hooks, producers and the database disconnected. */
  close: () => Promise<void>;
}

const logger = new Logger('Shutdown');

/**
 * SIGTERM, in the order that loses nothing: readiness false → drain delay → stop taking HTTP →
 * stop the consumers → a last relay pass → disconnect. A step that fails is logged and the next
 * one still runs; whatever was not published stays in the outboxes for the next start.
 */
export async function shutDownGracefully(steps: ShutdownSteps): Promise<void> {
  steps.markNotReady();
  if (steps.drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, steps.drainDelayMs));
  for (const [name, step] of [
    ['stop HTTP', steps.stopHttp],
    ['stop consumers', steps.stopConsumers],
    ['last outbox pass', steps.lastRelayPass],
    ['close', steps.close],
  ] as const) {
    await step().catch((error: Error) => logger.warn({ step: name, err: error.message }, 'shutdown step failed'));
  }
}
