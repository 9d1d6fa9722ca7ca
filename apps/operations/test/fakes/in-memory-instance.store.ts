import type { Instance } from '../../src/domain/instance';
import { InstanceStore } from '../../src/repositories/instance.store';

/** The instance store port in memory, for unit tests. */
export class InMemoryInstanceStore extends InstanceStore {
  readonly items = new Map<string, Instance>();

  async save(instance: Instance): Promise<boolean> {
    const kept = this.items.get(instance.heartbeat.instance);
    if (kept && kept.beat >= instance.beat) return false;
    this.items.set(instance.heartbeat.instance, instance);
    return true;
  }

  async heardSince(since: Date): Promise<Instance[]> {
    return [...this.items.values()].filter((instance) => instance.lastHeartbeatAt >= since);
  }
}
