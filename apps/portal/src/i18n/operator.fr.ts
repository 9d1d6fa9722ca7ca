// The operator pages' French words (the reference: operator.en.ts has the same keys).
export const operatorFr = {};
