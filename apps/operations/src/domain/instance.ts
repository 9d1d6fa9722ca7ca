import type { HeartbeatData, InstanceStatusView } from '@pollen/contracts';

/** The latest heartbeat of one instance of a service. */
export interface Instance {
  /** The heartbeat's number since the instance started: a late one changes nothing. */
  beat: number;
  heartbeat: HeartbeatData;
  lastHeartbeatAt: Date;
}

/** How many missed heartbeats make an instance silent. */
const SILENT_AFTER_BEATS = 3;

export function toInstanceStatusView(instance: Instance, intervalMs: number, now: Date): InstanceStatusView {
  const { heartbeat } = instance;
  return {
    instance: heartbeat.instance,
    version: heartbeat.version,
    startedAt: heartbeat.startedAt,
    uptimeSeconds: heartbeat.uptimeSeconds,
    ready: heartbeat.ready,
    failingChecks: heartbeat.failingChecks,
    outboxBacklog: heartbeat.outboxBacklog,
    lastHeartbeatAt: instance.lastHeartbeatAt.toISOString(),
    silent: now.getTime() - instance.lastHeartbeatAt.getTime() > SILENT_AFTER_BEATS * intervalMs,
  };
}
