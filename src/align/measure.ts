import { CodeTable } from './code-table.js';
import { overlap } from './grams.js';

/**
 * How two clause fingerprints (sorted distinct codes) are compared: each code has a weight (1 for
 * character bigrams; its inverse document frequency for words), and the similarity of two clauses
 * is the geometric mean of their weighted Dice coefficient and the weighted share of the smaller
 * one found in the other. The same measure, and the same threshold, serve every language.
 */
export class Measure {
  /** Each fingerprint's weights, aligned with its codes, and their sum; filled on first use. */
  private readonly weighed = new Map<Uint32Array, { weights: Float64Array; mass: number }>();
  private weights: CodeTable | undefined;
  /** Where the weights come from when they are first needed. */
  private pending: (() => CodeTable) | undefined;
  /** Weight of a code the weights do not name (as rare as a code can be). */
  private unknown = 1;

  /**
   * `weights` maps a code to its weight, or gives that map when first needed (so that counting
   * costs nothing when no clause is ever compared); without it every code weighs 1.
   */
  constructor(weights?: CodeTable | (() => CodeTable)) {
    if (typeof weights === 'function') this.pending = weights;
    else if (weights) this.useWeights(weights);
  }

  /** Weigh codes from now on (a code not in `weights` weighs as much as the heaviest one). */
  useWeights(weights: CodeTable): void {
    this.pending = undefined;
    this.weights = weights;
    this.weighed.clear();
    this.lastCodes = undefined;
    this.unknown = weights.max();
  }

  /** Are codes weighed (after counting them, if that was left for now)? */
  private weighted(): boolean {
    if (this.pending !== undefined) this.useWeights(this.pending());
    return this.weights !== undefined;
  }

  /** Weight of one code. */
  weight(code: number): number {
    if (!this.weighted()) return 1;
    const weight = this.weights!.get(code);
    return weight === weight ? weight : this.unknown;
  }

  /** Total weight of the codes `list[from]` … `list[to - 1]` (repeats counted), summed in that order. */
  sum(list: Uint32Array, from: number, to: number): number {
    return !this.weighted() ? to - from : this.weights!.sumOf(list, from, to, this.unknown);
  }

  /** The fingerprint `weigh` was last asked for, and its entry: a clause is often measured against many in a row. */
  private lastCodes: Uint32Array | undefined;
  private lastEntry: { weights: Float64Array; mass: number } | undefined;

  /** The weights of a fingerprint's codes, computed once per fingerprint. */
  private weigh(codes: Uint32Array): { weights: Float64Array; mass: number } {
    if (codes === this.lastCodes) return this.lastEntry!;
    let entry = this.weighed.get(codes);
    if (entry === undefined) {
      const weights = new Float64Array(codes.length);
      const mass = this.weights!.sumOf(codes, 0, codes.length, this.unknown, weights);
      entry = { weights, mass };
      this.weighed.set(codes, entry);
    }
    this.lastCodes = codes;
    this.lastEntry = entry;
    return entry;
  }

  /** Total weight of a fingerprint's codes. */
  mass(codes: Uint32Array): number {
    return !this.weighted() ? codes.length : this.weigh(codes).mass;
  }

  /** How many codes the last `shared` call found in both fingerprints (unweighted). */
  lastCount = 0;

  /**
   * Total weight of the codes two fingerprints share (a linear merge); sets `lastCount`. The same
   * number either way round: the shared codes are the same, met in the same (ascending) order,
   * each with its one weight, so the sums are added alike.
   */
  shared(a: Uint32Array, b: Uint32Array): number {
    if (!this.weighted()) return (this.lastCount = overlap(a, b));
    const weights = this.weigh(a).weights;
    let i = 0;
    let j = 0;
    let total = 0;
    let count = 0;
    while (i < a.length && j < b.length) {
      const x = a[i]!;
      const y = b[j]!;
      if (x === y) {
        total += weights[i]!;
        count++;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    this.lastCount = count;
    return total;
  }

  /** Similarity of two fingerprints in [0, 1] (`score` of their shared weight and masses). */
  similarity(a: Uint32Array, b: Uint32Array): number {
    return score(this.shared(a, b), this.mass(a), this.mass(b));
  }

  /** Weighted Dice coefficient of two fingerprints in [0, 1] (0 when both weigh nothing). */
  dice(a: Uint32Array, b: Uint32Array): number {
    const total = this.mass(a) + this.mass(b);
    return total <= 0 ? 0 : (2 * this.shared(a, b)) / total;
  }

  /** Weighted share of `part`'s codes found in `whole`, in [0, 1]; an empty part is contained (1). */
  containment(part: Uint32Array, whole: Uint32Array): number {
    const mass = this.mass(part);
    return mass === 0 ? 1 : this.shared(part, whole) / mass;
  }
}

/**
 * The similarity of two clauses from the weight they share and their own weights: the geometric
 * mean of Dice (2·shared / (a + b)) and containment of the smaller (shared / min(a, b)). It is at
 * least Dice, and rises when one clause lies inside the other (a lead-in or a sentence added), but
 * a short clause inside a long unrelated one stays low. Two texts with nothing to weigh score 0.
 */
export function score(shared: number, massA: number, massB: number): number {
  const smaller = Math.min(massA, massB);
  if (smaller <= 0) return 0;
  const value = Math.sqrt(((2 * shared) / (massA + massB)) * (shared / smaller));
  return value > 1 ? 1 : value;
}

/**
 * Inverse document frequency of every code over the given clauses (fingerprints or code sequences): ln((N + 1) / df),
 * where N is the number of clauses and df the number holding the code. A word found in nearly
 * every clause ("member", "states") weighs almost nothing; one found in a single clause ln(N + 1).
 */
export function idfWeights(list: readonly Uint32Array[]): CodeTable {
  let codes = 0;
  for (let n = 0; n < list.length; n++) codes += list[n]!.length;
  // Distinct codes are a fraction of all codes (a third to a half of a sample of bigrams): start
  // at half, grow when needed. A code repeated in a clause counts once, so fingerprints may be
  // code sequences (repeats kept).
  const table = new CodeTable(Math.max(256, codes >> 1));
  for (let n = 0; n < list.length; n++) table.countClause(list[n]!, n);
  table.toInverseFrequencies(list.length + 1);
  return table;
}

/**
 * The longer of the common beginning and the common end of two sequences (bigram or word codes
 * in reading order): a clause that kept part of its old text verbatim and rewrote the rest. 0 when
 * it holds fewer than `minRun` units; else the geometric mean of its share of the shorter
 * sequence's units and its share of the lighter sequence's weight. A clause that keeps half of its
 * old text scores about 0.5 however the rest was rewritten, less when the kept half is
 * boilerplate ("the member states note the importance of", 成员国注意到…关于建立…). A run shared
 * elsewhere (one clause's end as another's beginning) is not an edit of one clause: it is not counted.
 */
export function runShare(a: Uint32Array, b: Uint32Array, measure: Measure, minRun: number): number {
  const run = commonRun(a, b);
  const length = Math.abs(run);
  const shorter = Math.min(a.length, b.length);
  if (length < minRun || shorter === 0) return 0;
  const runWeight = run > 0 ? measure.sum(a, 0, length) : measure.sum(a, a.length - length, a.length);
  const lighter = Math.min(measure.sum(a, 0, a.length), measure.sum(b, 0, b.length));
  if (lighter <= 0) return 0;
  return Math.min(1, Math.sqrt((length / shorter) * (runWeight / lighter)));
}

/** The longer of the common beginning (as a positive length) and the common end (negative) of two sequences; the beginning on a tie. */
export function commonRun(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const shorter = Math.min(a.length, b.length);
  let head = 0;
  while (head < shorter && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < shorter && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return head >= tail ? head : -tail;
}
