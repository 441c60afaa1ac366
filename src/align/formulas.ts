import type { Side } from './side.js';

/** Characters of a clause's raw beginning or end that must be the same before its units are compared. */
const KEY = 6;

/** A question for `RunCounter`: A clause `a` and the run of units it begins (`run` > 0) or ends (`run` < 0) with. */
export interface RunQuery {
  a: number;
  run: number;
}

/**
 * Counts, over the clauses of both sides, how many begin (or end) with a given run of units:
 * a run that a verbatim-run pair shares with other clauses too is a formula of the documents
 * ("成员国注意到…关于建立…", a stock phrase), not the text one clause kept through a rewording.
 * A clause is compared only when the first (or last) `KEY` characters of its raw text are the
 * asked clause's; in Chinese the raw texts are then compared (folding every clause would cost
 * more than the count is worth), in alphabetic scripts their words. Questions are answered
 * together (`countAll`), in one pass over the clauses per end, which ends when every question
 * has its answer; a clause whose key hashes to no question's costs a look-up.
 */
export class RunCounter {
  constructor(
    private readonly sideA: Side,
    private readonly sideB: Side,
  ) {}

  /**
   * How many clauses of both sides begin (`run` > 0) or end (`run` < 0) with the same |run| units
   * as A clause `a`, counting up to `enough` (the answer is at most `enough`).
   */
  count(a: number, run: number, enough = Infinity): number {
    return this.countAll([{ a, run }], enough)[0]!;
  }

  /** `count` of each question, each counted up to `enough`. */
  countAll(queries: readonly RunQuery[], enough = Infinity): Int32Array {
    const counts = new Int32Array(queries.length);
    const questions = queries.map((query, at) => prepare(this.sideA, query, at));
    for (const atEnd of [false, true]) {
      const asked = questions.filter((question) => question.atEnd === atEnd);
      if (asked.length > 0) this.countEnd(asked, atEnd, Math.min(enough, 2 ** 31 - 1), counts);
    }
    return counts;
  }

  /** Count the questions about one end (`asked`) into `counts`, in one pass over the clauses of both sides. */
  private countEnd(asked: Question[], atEnd: boolean, enough: number, counts: Int32Array): void {
    // The questions by the hash of their key.
    const byHash = new Map<number, Question[]>();
    for (const question of asked) {
      const list = byHash.get(question.hash);
      if (list) list.push(question);
      else byHash.set(question.hash, [question]);
    }
    // The pass ends when every question has its answer: a formula is found `enough` times early.
    let open = asked.length;
    for (const side of [this.sideA, this.sideB]) {
      const { texts } = side;
      // Indexed, with the per-clause work in calls: the CLI runs large inputs without on-stack
      // replacement, so this loop stays unoptimised; the functions it calls are optimised.
      for (let index = 0; index < texts.length && open > 0; index++) {
        const questions = byHash.get(keyHash(texts[index]!, atEnd));
        if (questions !== undefined) open -= countClause(side, index, questions, enough, counts);
      }
    }
  }
}

/** A question prepared: its key (the raw edge characters), and the units or raw text a clause must begin or end with. */
interface Question {
  /** Index of the question in `countAll`'s list. */
  at: number;
  atEnd: boolean;
  key: string;
  /** `keyHash` of the key. */
  hash: number;
  length: number;
  /** Alphabetic scripts: the A clause's words. */
  units: Uint32Array | undefined;
  /** Chinese: the raw characters of the run (a run of n bigrams spans n + 1 characters). */
  raw: string;
}

/** Question `at` about A clause `a` of `side`. */
function prepare(side: Side, { a, run }: RunQuery, at: number): Question {
  const atEnd = run < 0;
  const length = Math.abs(run);
  const text = side.texts[a]!;
  const key = keyOf(text, atEnd);
  const words = side.tokens === 'words';
  return {
    at,
    atEnd,
    key,
    hash: keyHash(text, atEnd),
    length,
    units: words ? side.units(a) : undefined,
    raw: words ? '' : atEnd ? text.trimEnd().slice(-(length + 1)) : text.trimStart().slice(0, length + 1),
  };
}

/**
 * Count clause `index` of `side` for each of `questions` whose key it has and whose run it begins
 * or ends with; returns how many questions this count brought to `enough`.
 */
function countClause(side: Side, index: number, questions: readonly Question[], enough: number, counts: Int32Array): number {
  const text = side.texts[index]!;
  let key: string | undefined;
  let settled = 0;
  for (const question of questions) {
    if (counts[question.at]! >= enough) continue;
    key ??= keyOf(text, question.atEnd);
    if (key !== question.key || !hasRun(side, index, text, question)) continue;
    if ((counts[question.at]! += 1) >= enough) settled++;
  }
  return settled;
}

/** Does clause `index` begin (or end) with the question's run: the same raw characters (Chinese), the same words (alphabetic scripts)? */
function hasRun(side: Side, index: number, text: string, { atEnd, length, units, raw }: Question): boolean {
  if (units === undefined) return atEnd ? text.trimEnd().endsWith(raw) : text.trimStart().startsWith(raw);
  const other = side.units(index);
  if (other.length < length) return false;
  for (let k = 0; k < length; k++) if (atEnd ? other[other.length - 1 - k] !== units[units.length - 1 - k] : other[k] !== units[k]) return false;
  return true;
}

/** Where a text's key starts (past spaces, controls and U+3000) or ends (before spaces and controls). */
function keyEdge(text: string, atEnd: boolean): number {
  if (atEnd) {
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) <= 0x20) end--;
    return end;
  }
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) <= 0x20 || text.charCodeAt(start) === 0x3000)) start++;
  return start;
}

/** A hash of a text's key (`keyOf`), made without cutting it out of the text. */
function keyHash(text: string, atEnd: boolean): number {
  const edge = keyEdge(text, atEnd);
  const from = atEnd ? Math.max(0, edge - KEY) : edge;
  const to = atEnd ? edge : Math.min(text.length, edge + KEY);
  let hash = 0;
  for (let k = from; k < to; k++) hash = (Math.imul(hash, 65599) + text.charCodeAt(k)) | 0;
  return hash;
}

/** The first (or last) `KEY` characters of a text, past any whitespace at that end. */
function keyOf(text: string, atEnd: boolean): string {
  const edge = keyEdge(text, atEnd);
  return atEnd ? text.slice(Math.max(0, edge - KEY), edge) : text.slice(edge, edge + KEY);
}
