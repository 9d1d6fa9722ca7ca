import type { TFunction } from 'i18next';

import type { Schemas } from '../../api/client';

type Service = Schemas['ServiceStatusView'];
type Instance = Schemas['InstanceStatusView'];
type Lag = Schemas['ConsumerLagView'];
export type Health = 'up' | 'degraded' | 'down';

const working = (instance: Instance) => instance.ready && !instance.silent;

/** Up when every instance is ready and heard from, down when none is, degraded in between. */
export function serviceHealth(service: Service): Health {
  const up = service.instances.filter(working).length;
  if (up === 0) return 'down';
  return up === service.instances.length ? 'up' : 'degraded';
}

/** The services by health, for the page's first sentence. */
export function servicesByHealth(services: readonly Service[]): Record<Health, Service[]> {
  const by: Record<Health, Service[]> = { up: [], degraded: [], down: [] };
  for (const service of services) by[serviceHealth(service)].push(service);
  return by;
}

export interface GroupLag {
  group: string;
  total: number;
  topics: Lag[];
}

/** The lag per consumer group, the furthest behind first; a group's topics likewise. */
export function lagByGroup(lag: readonly Lag[]): GroupLag[] {
  const groups = new Map<string, Lag[]>();
  for (const entry of lag) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry]);
  return [...groups]
    .map(([group, topics]) => ({
      group,
      total: topics.reduce((sum, topic) => sum + topic.lag, 0),
      topics: [...topics].sort((a, b) => b.lag - a.lag || a.topic.localeCompare(b.topic)),
    }))
    .sort((a, b) => b.total - a.total || a.group.localeCompare(b.group));
}

/** The groups with messages waiting. */
export const groupsBehind = (groups: readonly GroupLag[]) => groups.filter((group) => group.total > 0);

/** « 3 min », « 2 h 5 min », « 4 jours »: how long an instance has run. */
export function duration(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('ops.status.duration.seconds', { count: Math.floor(seconds) });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('ops.status.duration.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('ops.status.duration.hours', { hours, minutes: minutes % 60 });
  return t('ops.status.duration.days', { count: Math.floor(hours / 24) });
}

/** An instance's readiness in words: why it is not ready, or that it went silent. */
export function readiness(t: TFunction, instance: Instance): string {
  if (instance.silent) return t('ops.status.silent');
  if (!instance.ready) return t('ops.status.failing', { checks: instance.failingChecks.join(', ') || '—' });
  return t('ops.status.yes');
}
