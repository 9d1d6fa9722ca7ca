import type { HandledAs } from '@pollen/platform/kafka';

/** An event that created nothing new had been handled before (or is too old to tell). */
export const handledAs = (created: number): HandledAs => (created > 0 ? 'applied' : 'duplicate');
