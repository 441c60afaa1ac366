import type { Side } from './side.js';

/** Characters of a clause's raw beginning or end that group clauses for the count. */
const KEY = 6;
const SPACE = /\s+/g;

/**
 * Counts, over the clauses of both sides, how many begin (or end) with a given run of units:
 * a run that a verbatim-run pair shares with other clauses too is a formula of the documents
 * ("成员国注意到…关于建立…", a stock phrase), not the text one clause kept through a rewording.
 * Clauses are grouped by a few characters of their raw text, built on first use, so that only a
 * group's clauses are folded and compared.
 */
export class RunCounter {
  private heads: Map<string, number[]> | undefined;
  private tails: Map<string, number[]> | undefined;

  constructor(
    private readonly sideA: Side,
    private readonly sideB: Side,
  ) {}

  /** How many clauses of both sides begin (`run` > 0) or end (`run` < 0) with the same |run| units as A clause `a`. */
  count(a: number, run: number): number {
    const atEnd = run < 0;
    const length = Math.abs(run);
    const groups = atEnd ? (this.tails ??= this.group(true)) : (this.heads ??= this.group(false));
    const units = this.sideA.units(a);
    const members = groups.get(keyOf(this.sideA.texts[a]!, atEnd)) ?? [];
    let count = 0;
    for (const member of members) {
      const side = member >= 0 ? this.sideA : this.sideB;
      const other = side.units(member >= 0 ? member : -1 - member);
      if (other.length < length) continue;
      let same = true;
      for (let k = 0; k < length && same; k++) same = atEnd ? other[other.length - 1 - k] === units[units.length - 1 - k] : other[k] === units[k];
      if (same) count++;
    }
    return count;
  }

  /** Clauses of both sides (A as i, B as −1 − j) by the first or last characters of their raw text. */
  private group(atEnd: boolean): Map<string, number[]> {
    const groups = new Map<string, number[]>();
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

function keyOf(text: string, atEnd: boolean): string {
  const bare = text.length > 64 ? (atEnd ? text.slice(-64) : text.slice(0, 64)).replace(SPACE, '') : text.replace(SPACE, '');
  return atEnd ? bare.slice(-KEY) : bare.slice(0, KEY);
}
