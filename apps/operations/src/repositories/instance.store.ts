import type { Instance } from '../domain/instance';

/** The port the status keeps instances through; InstanceRepository is the MongoDB adapter. */
export abstract class InstanceStore {
  /** Keeps the heartbeat unless a later one of the instance is kept already (then false). */
  abstract save(instance: Instance): Promise<boolean>;
  /** The instances heard from since `since`. */
  abstract heardSince(since: Date): Promise<Instance[]>;
}
