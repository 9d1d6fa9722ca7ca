import type { ErasureCompletedData } from '@pollen/contracts';
import { ErasureLog } from '@pollen/platform/mongo';

/** The erasure log in memory: each erasure confirmed once, as the repository's insert-once does. */
export class RecordingErasureLog extends ErasureLog {
  /** By erasure id, in the order confirmed. */
  readonly completions = new Map<string, { data: ErasureCompletedData; causationId: string }>();

  async completed(data: ErasureCompletedData, causationId: string): Promise<boolean> {
    if (this.completions.has(data.erasureId)) return false;
    this.completions.set(data.erasureId, { data: structuredClone(data), causationId });
    return true;
  }
}
