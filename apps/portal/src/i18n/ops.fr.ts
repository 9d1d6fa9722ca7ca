// The ops pages' French words (the reference: ops.en.ts has the same keys).
export const opsFr = {};
