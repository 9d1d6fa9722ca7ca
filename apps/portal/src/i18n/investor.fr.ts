// The investor pages' French words (the reference: investor.en.ts has the same keys).
export const investorFr = {};
