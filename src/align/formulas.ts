import type { Side } from './side.js';

/** Characters of a clause's raw beginning or end that group clauses for the count. */
const KEY = 6;

/**
 * Counts, over the clauses of both sides, how many begin (or end) with a given run of units:
 * a run that a verbatim-run pair shares with other clauses too is a formula of the documents
 * ("成员国注意到…关于建立…", a stock phrase), not the text one clause kept through a rewording.
 * Clauses are grouped by a few characters of their raw text, built on first use; in Chinese the
 * group's raw texts are compared (folding every clause would cost more than the count is worth),
 * in alphabetic scripts their words.
 */
export class RunCounter {
  private heads: Map<number, number[]> | undefined;
  private tails: Map<number, number[]> | undefined;

  constructor(
    private readonly sideA: Side,
    private readonly sideB: Side,
  ) {}

  /**
   * How many clauses of both sides begin (`run` > 0) or end (`run` < 0) with the same |run| units
   * as A clause `a`, counting up to `enough` (the answer is at most `enough`).
   */
  count(a: number, run: number, enough = Infinity): number {
    const atEnd = run < 0;
    const length = Math.abs(run);
    const groups = atEnd ? (this.tails ??= this.group(true)) : (this.heads ??= this.group(false));
    const text = this.sideA.texts[a]!;
    const members = groups.get(keyOf(text, atEnd)) ?? [];
    const words = this.sideA.tokens === 'words';
    const units = words ? this.sideA.units(a) : undefined;
    // A run of n bigrams spans n + 1 characters.
    const raw = words ? '' : atEnd ? text.trimEnd().slice(-(length + 1)) : text.trimStart().slice(0, length + 1);
    let count = 0;
    for (let m = 0; m < members.length && count < enough; m++) {
      const member = members[m]!;
      const side = member >= 0 ? this.sideA : this.sideB;
      const index = member >= 0 ? member : -1 - member;
      if (units === undefined) {
        const other = side.texts[index]!;
        if (atEnd ? other.trimEnd().endsWith(raw) : other.trimStart().startsWith(raw)) count++;
        continue;
      }
      const other = side.units(index);
      if (other.length < length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = atEnd ? other[other.length - 1 - k] === units[units.length - 1 - k] : other[k] === units[k];
      if (same) count++;
    }
    return count;
  }

  /** Clauses of both sides (A as i, B as −1 − j) by the first or last characters of their raw text. */
  private group(atEnd: boolean): Map<number, number[]> {
    const groups = new Map<number, number[]>();
    const add = (text: string, id: number) => {
      const key = keyOf(text, atEnd);
      const list = groups.get(key);
      if (list) list.push(id);
      else groups.set(key, [id]);
    };
    for (let i = 0; i < this.sideA.size; i++) add(this.sideA.texts[i]!, i);
    for (let j = 0; j < this.sideB.size; j++) add(this.sideB.texts[j]!, -1 - j);
    return groups;
  }
}

/** A number made of the first (or last) `KEY` characters of a text, past any whitespace at that end. */
function keyOf(text: string, atEnd: boolean): number {
  let key = 0;
  if (atEnd) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
    for (let k = Math.max(0, end - KEY); k < end; k++) key = (Math.imul(key, 65599) + text.charCodeAt(k)) | 0;
    return key;
  }
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) <= 0x20 || text.charCodeAt(start) === 0x3000)) start++;
  for (let k = start; k < Math.min(text.length, start + KEY); k++) key = (Math.imul(key, 65599) + text.charCodeAt(k)) | 0;
  return key;
}
