import { segmentMany } from '../text/words.js';
import { isFunctionWord } from './function-words.js';

/** A word of a folded clause, with where it stands in that text. */
export interface Word {
  word: string;
  start: number;
  end: number;
}

/** Tokens passed over without ending a run: spaces, and the marks that join list items or compounds (、・-). */
const JOINER = /^(?:\s+|[、・\-‐‑–'’])$/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const SINGLE_HAN = /^\p{Script=Han}$/u;

/**
 * The words of each folded clause (`foldForTerms`), by `Intl.Segmenter`, cut into runs at
 * punctuation: n-grams never span a comma or a full stop, but do span `、` in a list.
 */
export function wordRuns(foldedClauses: readonly string[]): Word[][][] {
  const tokens = segmentMany(foldedClauses);
  return tokens.map((list) => {
    const runs: Word[][] = [];
    let run: Word[] = [];
    let offset = 0;
    for (const token of list) {
      const start = offset;
      offset += token.length;
      if (WORDLIKE.test(token)) run.push({ word: token, start, end: offset });
      else if (!JOINER.test(token)) {
        if (run.length > 0) runs.push(joinSingles(run));
        run = [];
      }
    }
    if (run.length > 0) runs.push(joinSingles(run));
    return runs;
  });
}

/**
 * Four or more ideographs in a row that the segmenter left one by one (阿/斯/塔/纳) are a word it
 * does not know, a name: one word. Function words are never joined.
 */
function joinSingles(run: Word[]): Word[] {
  const out: Word[] = [];
  for (let k = 0; k < run.length; ) {
    let end = k;
    while (end < run.length && SINGLE_HAN.test(run[end]!.word) && !isFunctionWord(run[end]!.word) && (end === k || run[end - 1]!.end === run[end]!.start)) end++;
    if (end - k >= 4) {
      out.push({ word: run.slice(k, end).map((w) => w.word).join(''), start: run[k]!.start, end: run[end - 1]!.end });
      k = end;
    } else {
      out.push(run[k]!);
      k += 1;
    }
  }
  return out;
}

/** The key of the n-gram of `run` from word `from` (inclusive) to `to` (exclusive). */
export function gramKey(run: readonly Word[], from: number, to: number): string {
  let key = run[from]!.word;
  for (let k = from + 1; k < to; k++) key += ` ${run[k]!.word}`;
  return key;
}
