/**
 * An open-addressing hash table from 32-bit codes to numbers, in typed arrays: counting document
 * frequencies and looking weights up without a `Map` entry per code.
 */
export class CodeTable {
  private keys: Uint32Array;
  private used: Uint8Array;
  private values: Float64Array;
  private mask: number;
  /** 32 − log2(slots): the slot is the top bits of a multiplicative hash (its low bits would depend only on the code's low bits, the second character of a bigram). */
  private shift: number;
  /** Number of distinct codes held. */
  size = 0;
  /** The last clause that counted each slot's code (`countOnce`), +1; 0 when none. */
  private lastClause: Int32Array | undefined;

  constructor(capacity = 1024) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Uint32Array(slots);
    this.used = new Uint8Array(slots);
    this.values = new Float64Array(slots);
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
  }

  /** Add `delta` to the value of `code` (a new code starts at 0). */
  add(code: number, delta: number): void {
    this.largest = undefined;
    let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
    while (this.used[slot] === 1 && this.keys[slot] !== code) slot = (slot + 1) & this.mask;
    if (this.used[slot] === 0) {
      this.used[slot] = 1;
      this.keys[slot] = code;
      this.values[slot] = 0;
      if (++this.size * 2 > this.mask) {
        this.values[slot] = delta;
        this.grow();
        return;
      }
    }
    this.values[slot]! += delta;
  }

  /**
   * Count `code` once for clause `clause` (0, 1, 2, … in order): a code repeated in a clause counts
   * once, without sorting the clause's codes.
   */
  countOnce(code: number, clause: number): void {
    let last = (this.lastClause ??= new Int32Array(this.mask + 1));
    let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
    while (this.used[slot] === 1 && this.keys[slot] !== code) slot = (slot + 1) & this.mask;
    if (this.used[slot] === 0) {
      if ((this.size + 1) * 2 > this.mask) {
        this.grow();
        last = this.lastClause!;
        slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
        while (this.used[slot] === 1) slot = (slot + 1) & this.mask;
      }
      this.used[slot] = 1;
      this.keys[slot] = code;
      this.values[slot] = 0;
      this.size++;
    }
    if (last[slot] !== clause + 1) {
      last[slot] = clause + 1;
      this.values[slot]! += 1;
    }
  }

  /**
   * Count each code of `codes` once for clause `clause`, as `countOnce` code by code, in one loop:
   * a call per code stays a call where V8 does not inline (the CLI's flags for large inputs).
   */
  countClause(codes: Uint32Array, clause: number): void {
    const mark = clause + 1;
    this.lastClause ??= new Int32Array(this.mask + 1);
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k]!;
      let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
      while (this.used[slot] === 1 && this.keys[slot] !== code) slot = (slot + 1) & this.mask;
      if (this.used[slot] === 0) {
        if ((this.size + 1) * 2 > this.mask) {
          // The table grows first.
          this.countOnce(code, clause);
          continue;
        }
        this.used[slot] = 1;
        this.keys[slot] = code;
        this.values[slot] = 0;
        this.size++;
      }
      const last = this.lastClause!;
      if (last[slot] !== mark) {
        last[slot] = mark;
        this.values[slot]! += 1;
      }
    }
  }

  /**
   * The values of `codes[from]` … `codes[to - 1]` (`absent` for a code not held), written to `out`
   * from its start when given, and their sum, added in that order: one loop per clause, not a call per code.
   */
  sumOf(codes: Uint32Array, from: number, to: number, absent: number, out?: Float64Array): number {
    const { keys, used, values, mask, shift } = this;
    let sum = 0;
    for (let k = from; k < to; k++) {
      const code = codes[k]!;
      let slot = Math.imul(code, 0x9e3779b1) >>> shift;
      let value = absent;
      while (used[slot] === 1) {
        if (keys[slot] === code) {
          value = values[slot]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (out !== undefined) out[k - from] = value;
      sum += value;
    }
    return sum;
  }

  /** The value of `code`, NaN when absent. */
  get(code: number): number {
    let slot = Math.imul(code, 0x9e3779b1) >>> this.shift;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === code) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
    return Number.NaN;
  }

  /** Replace every value `df` (a count of clauses) by ln(`total` / df); `max` is then known without a scan. */
  toInverseFrequencies(total: number): void {
    let least = Infinity;
    for (let slot = 0; slot <= this.mask; slot++) {
      if (this.used[slot] !== 1) continue;
      const df = this.values[slot]!;
      if (df < least) least = df;
      this.values[slot] = Math.log(total / df);
    }
    this.largest = this.size === 0 ? 0 : Math.max(0, Math.log(total / least));
  }

  /** The largest value, when `toInverseFrequencies` has computed it (else undefined: `max` scans). */
  private largest: number | undefined;

  /** The largest value held (0 when empty). */
  max(): number {
    if (this.largest !== undefined) return this.largest;
    let best = 0;
    for (let slot = 0; slot <= this.mask; slot++) if (this.used[slot] === 1 && this.values[slot]! > best) best = this.values[slot]!;
    return best;
  }

  private grow(): void {
    const { keys, used, values, lastClause } = this;
    const slots = (this.mask + 1) * 2;
    this.keys = new Uint32Array(slots);
    this.used = new Uint8Array(slots);
    this.values = new Float64Array(slots);
    this.mask = slots - 1;
    this.shift = 32 - Math.log2(slots);
    this.size = 0;
    this.lastClause = lastClause === undefined ? undefined : new Int32Array(slots);
    for (let slot = 0; slot < used.length; slot++) {
      if (used[slot] !== 1) continue;
      let to = Math.imul(keys[slot]!, 0x9e3779b1) >>> this.shift;
      while (this.used[to] === 1) to = (to + 1) & this.mask;
      this.used[to] = 1;
      this.keys[to] = keys[slot]!;
      this.values[to] = values[slot]!;
      if (lastClause !== undefined) this.lastClause![to] = lastClause[slot]!;
      this.size++;
    }
  }
}
