/**
 * An open-addressing hash table from 32-bit codes (bigram fingerprints) to slots. V8 keeps
 * integers above 2³⁰ as heap numbers, and CJK bigram codes all are, so a `Map` keyed by them
 * allocates on every lookup; this table keeps codes and slots in typed arrays.
 */
export class CodeTable {
  private readonly codes: Uint32Array;
  private readonly filled: Uint8Array;
  private readonly mask: number;
  /** Multiplicative hashing keeps the product's high bits: its low bits depend only on the code's low bits. */
  private readonly shift: number;

  /** A table with room for at least `expected` distinct codes. */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.codes = new Uint32Array(capacity);
    this.filled = new Uint8Array(capacity);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
  }

  /** Number of slots; slot numbers are below it. */
  get capacity(): number {
    return this.codes.length;
  }

  /** The slot of `code`, taken on first sight. Never fails while at most `expected` codes are added. */
  slot(code: number): number {
    let s = Math.imul(code, 0x9e3779b1) >>> this.shift;
    while (this.filled[s] === 1) {
      if (this.codes[s] === code) return s;
      s = (s + 1) & this.mask;
    }
    this.filled[s] = 1;
    this.codes[s] = code;
    return s;
  }

  /** The slot of `code`, or −1 when it was never added. */
  find(code: number): number {
    let s = Math.imul(code, 0x9e3779b1) >>> this.shift;
    while (this.filled[s] === 1) {
      if (this.codes[s] === code) return s;
      s = (s + 1) & this.mask;
    }
    return -1;
  }

  /** Is `slot` taken by a code? */
  isFilled(slot: number): boolean {
    return this.filled[slot] === 1;
  }
}
