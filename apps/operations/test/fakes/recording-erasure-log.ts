import type { ErasureCompletedData } from '@pollen/contracts';
import type { ErasureLog } from '@pollen/platform/mongo';

/** The erasure log port in memory: each erasure recorded once, as the real one does. */
export class RecordingErasureLog implements ErasureLog {
  readonly completions: { data: ErasureCompletedData; causationId: string }[] = [];

  async completed(data: ErasureCompletedData, causationId: string): Promise<boolean> {
    if (this.completions.some((entry) => entry.data.erasureId === data.erasureId)) return false;
    this.completions.push({ data: structuredClone(data), causationId });
    return true;
  }
}
