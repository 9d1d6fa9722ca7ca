import {
  type Instrument,
  INSTRUMENTS,
  LEGAL_FORMS,
  type LegalForm,
  type MatchGate,
  type Region,
  REGIONS,
  type Stage,
  STAGES,
} from '@pollen/contracts';

import { Bitset, forEachBit } from './bitset';
import type { MatchableApplication, MatchableThesis } from './matchable';
import { bitCount, type PreparedThesis, prepareThesis } from './prepared';

const countBits = (words: Uint32Array) => words.reduce((sum, word) => sum + bitCount(word), 0);

type Thesis = MatchableThesis['thesis'];

/** A categorical gate: which slots accept each value, and which accept any (an empty list). */
class Dimension<V extends string> {
  readonly accepting = new Map<V, Bitset>();
  readonly any: Bitset;

  constructor(
    values: readonly V[],
    capacity: number,
    readonly listOf: (thesis: Thesis) => readonly V[] | undefined,
  ) {
    for (const value of values) this.accepting.set(value, Bitset.ofCapacity(capacity));
    this.any = Bitset.ofCapacity(capacity);
  }

  bitsets(): Bitset[] {
    return [this.any, ...this.accepting.values()];
  }

  place(slot: number, thesis: Thesis, on: boolean): void {
    const list = this.listOf(thesis);
    const targets = list?.length ? list.map((value) => this.accepting.get(value)) : [this.any];
    for (const bitset of targets) {
      if (on) bitset?.set(slot);
      else bitset?.clear(slot);
    }
  }

  /** ANDs into `into` the slots that accept `value` (`value` absent: only those accepting any). */
  narrow(into: Uint32Array, value: V | undefined): void {
    const any = this.any.words;
    const accepting = value === undefined ? undefined : this.accepting.get(value)?.words;
    for (let w = 0; w < into.length; w++) into[w] &= any[w] | (accepting ? accepting[w] : 0);
  }
}

/** Freezes a candidate, its thesis and the thesis' lists (a copy per thesis would double the memory). */
function freeze(candidate: MatchableThesis): void {
  for (const list of Object.values(candidate.thesis)) if (Array.isArray(list)) Object.freeze(list);
  Object.freeze(candidate.thesis);
  Object.freeze(candidate);
}

/** Amounts fall in power-of-two buckets of cents: bucket b holds [2^(b-1), 2^b), bucket 0 holds 0. */
const BUCKETS = 38; // up to 2^37 cents, above the largest ticket the contracts allow
const bucketOf = (cents: number) => (cents >= 1 ? Math.min(BUCKETS - 1, Math.floor(Math.log2(cents)) + 1) : 0); // NaN and fractions of a cent: 0

/**
 * The approved, active theses, indexed so that the gates are answered by intersecting bitsets
 * rather than by reading every thesis: one bitset per value of each categorical gate (and one for
 * "any"), one for ESUS required, and per amount bucket the slots whose ticket touches it. Only the
 * slots left are read, to check the exact ticket range (ADR 0013).
 */
export class ThesisIndex {
  /** Each slot's thesis, prepared once as it is indexed: scoring reads this record, never a lookup. */
  private readonly slots: (PreparedThesis | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  private readonly live: Bitset;
  private readonly esusRequired: Bitset;
  private readonly ticketBuckets: Bitset[];
  private readonly instruments: Dimension<Instrument>;
  private readonly regions: Dimension<Region>;
  private readonly legalForms: Dimension<LegalForm>;
  private readonly stages: Dimension<Stage>;

  /** `capacity`: slots before the bitsets first double (at least 32). */
  constructor(private capacity = 1024) {
    this.capacity = Math.max(32, capacity);
    capacity = this.capacity;
    this.live = Bitset.ofCapacity(capacity);
    this.esusRequired = Bitset.ofCapacity(capacity);
    this.ticketBuckets = Array.from({ length: BUCKETS }, () => Bitset.ofCapacity(capacity));
    this.instruments = new Dimension(INSTRUMENTS, capacity, (t) => t.instruments);
    this.regions = new Dimension(REGIONS, capacity, (t) => t.regions);
    this.legalForms = new Dimension(LEGAL_FORMS, capacity, (t) => t.legalForms);
    this.stages = new Dimension(STAGES, capacity, (t) => t.stages);
  }

  get size(): number {
    return this.slotOf.size;
  }

  get(investorId: string): MatchableThesis | undefined {
    const slot = this.slotOf.get(investorId);
    return slot === undefined ? undefined : this.slots[slot]?.candidate;
  }

  /**
   * Adds an investor's thesis, or replaces the one it had. The index keeps `candidate` and freezes
   * it: removing clears the bits of the thesis as it was indexed, so it must not change meanwhile.
   */
  upsert(candidate: MatchableThesis): void {
    freeze(candidate);
    this.remove(candidate.investorId);
    const slot = this.freeSlots.pop() ?? this.slots.length;
    if (slot >= this.capacity) this.grow();
    this.slots[slot] = prepareThesis(candidate);
    this.slotOf.set(candidate.investorId, slot);
    this.place(slot, candidate.thesis, true);
  }

  remove(investorId: string): void {
    const slot = this.slotOf.get(investorId);
    if (slot === undefined) return;
    const prepared = this.slots[slot] as PreparedThesis;
    this.place(slot, prepared.candidate.thesis, false);
    this.slots[slot] = undefined;
    this.slotOf.delete(investorId);
    this.freeSlots.push(slot);
  }

  /** The theses that let `application` through every gate, in slot order. */
  candidates(application: MatchableApplication): MatchableThesis[] {
    return this.preparedCandidates(application).map((prepared) => prepared.candidate);
  }

  /** The same, prepared for scoring (`proposalsAmong`). */
  preparedCandidates(application: MatchableApplication): PreparedThesis[] {
    const survivors = Uint32Array.from(this.live.words);
    this.instruments.narrow(survivors, application.instrument);
    this.regions.narrow(survivors, application.region);
    this.legalForms.narrow(survivors, application.legalForm);
    this.stages.narrow(survivors, application.stage);
    const bucket = this.ticketBuckets[bucketOf(application.amountCents)].words;
    const esus = this.esusRequired.words;
    for (let w = 0; w < survivors.length; w++) {
      survivors[w] &= bucket[w];
      if (!application.esus) survivors[w] &= ~esus[w];
    }
    const found: PreparedThesis[] = [];
    const amount = application.amountCents;
    forEachBit(survivors, (slot) => {
      const prepared = this.slots[slot] as PreparedThesis;
      if (prepared.ticketMinCents <= amount && amount <= prepared.ticketMaxCents) found.push(prepared);
    });
    return found;
  }

  /**
   * For each hard gate, how many theses it alone refuses `application` (the applicant's insights):
   * the live slots less those the gate's bitsets accept.
   */
  gateFailures(application: MatchableApplication): Record<MatchGate, number> {
    const refusedBy = (dimension: Dimension<string>, value: string | undefined) => {
      const accepted = Uint32Array.from(this.live.words);
      dimension.narrow(accepted, value);
      return this.size - countBits(accepted);
    };
    let withinTicket = 0;
    const amount = application.amountCents;
    forEachBit(this.live.words, (slot) => {
      const prepared = this.slots[slot] as PreparedThesis;
      if (prepared.ticketMinCents <= amount && amount <= prepared.ticketMaxCents) withinTicket++;
    });
    const esusRequired = Uint32Array.from(this.live.words, (word, w) => word & this.esusRequired.words[w]);
    return {
      instrument: refusedBy(this.instruments, application.instrument),
      region: refusedBy(this.regions, application.region),
      'legal-form': refusedBy(this.legalForms, application.legalForm),
      stage: refusedBy(this.stages, application.stage),
      'ticket-range': this.size - withinTicket,
      esus: application.esus ? 0 : countBits(esusRequired),
    };
  }

  private place(slot: number, thesis: Thesis, on: boolean): void {
    const mark = (bitset: Bitset) => (on ? bitset.set(slot) : bitset.clear(slot));
    mark(this.live);
    if (thesis.esusRequired) mark(this.esusRequired);
    for (let b = bucketOf(thesis.ticketMinCents); b <= bucketOf(thesis.ticketMaxCents); b++)
      mark(this.ticketBuckets[b]);
    for (const dimension of [this.instruments, this.regions, this.legalForms, this.stages])
      dimension.place(slot, thesis, on);
  }

  private grow(): void {
    this.capacity *= 2;
    const bitsets = [this.live, this.esusRequired, ...this.ticketBuckets];
    for (const dimension of [this.instruments, this.regions, this.legalForms, this.stages])
      bitsets.push(...dimension.bitsets());
    for (const bitset of bitsets) bitset.grow(this.capacity);
  }
}
