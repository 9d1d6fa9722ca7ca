/** A fixed-capacity set of small integers (thesis slots), 32 to a word, for fast intersections. */
export class Bitset {
  constructor(public words: Uint32Array) {}

  static ofCapacity(bits: number): Bitset {
    return new Bitset(new Uint32Array(Math.ceil(bits / 32)));
  }

  set(bit: number): void {
    this.words[bit >>> 5] |= 1 << (bit & 31);
  }

  clear(bit: number): void {
    this.words[bit >>> 5] &= ~(1 << (bit & 31));
  }

  has(bit: number): boolean {
    return (this.words[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /** Room for `bits` bits, keeping the bits set. */
  grow(bits: number): void {
    const words = new Uint32Array(Math.ceil(bits / 32));
    words.set(this.words);
    this.words = words;
  }
}

/** Calls `visit` with every bit set in `words`, lowest first. */
export function forEachBit(words: Uint32Array, visit: (bit: number) => void): void {
  for (let w = 0; w < words.length; w++) {
    let word = words[w];
    while (word !== 0) {
      const low = word & -word;
      visit((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}
