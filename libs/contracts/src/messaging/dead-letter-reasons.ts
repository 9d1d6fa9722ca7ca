/**
 * Why a consumer set a message aside: the `pollen-dlt-reason` header of every dead letter, the
 * `reason` label of `pollen_dead_letters_total` and of a dead letter in the operations API.
 * `malformed`: not JSON, or an envelope or data its class refuses; `unknown-type`: a request type
 * nobody routes; `forged-actor`: a request whose actor the gateway did not sign (ADR 0018);
 * `retries-exhausted`: it kept failing (ADR 0011).
 */
export const DEAD_LETTER_REASONS = ['malformed', 'unknown-type', 'forged-actor', 'retries-exhausted'] as const;
export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

/** The reasons a message is set aside at once, without retries: it can never succeed. */
export type PoisonReason = Exclude<DeadLetterReason, 'retries-exhausted'>;
