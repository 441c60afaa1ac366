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
 * A full stop or colon between two words of two letters or more: folding drops the space after
 * it and the segmenter keeps `projects.the` or `plan:the` one word, yet a sentence ends there.
 * (`u.s.a` and `1.5` stay whole.)
 */
const SENTENCE_INSIDE = /(?<=\p{L}{2})[.:](?=\p{L}{2})/u;
const SENTENCE_INSIDE_ALL = new RegExp(SENTENCE_INSIDE.source, 'gu');

/**
 * The words of each folded clause (`foldForTerms`), by `Intl.Segmenter`, cut into runs at
 * punctuation: n-grams never span a comma, a full stop or a colon (also where folding left no
 * space after it: `projects.the`), but do span `、` in a list.
 */
export function wordRuns(foldedClauses: readonly string[]): Word[][][] {
  const tokens = segmentMany(foldedClauses);
  return tokens.map((list) => {
    const runs: Word[][] = [];
    let run: Word[] = [];
    const endRun = (): void => {
      if (run.length > 0) runs.push(joinSingles(run));
      run = [];
    };
    let offset = 0;
    for (const token of list) {
      const start = offset;
      offset += token.length;
      if (!WORDLIKE.test(token)) {
        if (!JOINER.test(token)) endRun();
        continue;
      }
      if (!SENTENCE_INSIDE.test(token)) {
        run.push({ word: token, start, end: offset });
        continue;
      }
      // `projects.the`: the words before the stop end their run, the next one starts a new one.
      let from = 0;
      for (const stop of token.matchAll(SENTENCE_INSIDE_ALL)) {
        run.push({ word: token.slice(from, stop.index), start: start + from, end: start + stop.index });
        endRun();
        from = stop.index + 1;
      }
      run.push({ word: token.slice(from), start: start + from, end: offset });
    }
    endRun();
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
