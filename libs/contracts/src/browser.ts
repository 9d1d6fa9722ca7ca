// What a browser may import from the contracts: plain values and functions, no decorators and no
// framework, so the portal's bundle carries none of class-validator. The API's shapes reach the
// portal through the client generated from docs/openapi.json, not from here.
export * from './applications/codes';
export * from './applications/deal-terms';
export * from './errors/field-error-codes';
export * from './validation/siren-check';
export * from './investors/codes';
export * from './matches/codes';
export * from './matches/match-explanation';
export * from './messaging/dead-letter-reasons';
