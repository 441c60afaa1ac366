import { diffArrays } from 'diff';
import { foldClausesForWords, foldForWords, isSpacedWordChar, segmentMany } from '../text/words.js';
import type { WordEdit } from '../types.js';

/** Options of the word-level wording diff. */
export interface EditOptions {
  /** Above this many tokens on either side, give a coarse diff. Default 2000. */
  maxDiffTokens?: number;
  /** Above this many token edits, give up on the word diff and give a coarse one. Default 400. */
  maxEditLength?: number;
  /** Equal runs of at most this many characters between two edits are folded into them. Default 2. */
  shortEqual?: number;
}

/** One side of a word diff: a clause's text, or the clauses of a split or merge (`foldClausesForWords`). */
export type EditText = string | readonly string[];

const foldSide = (text: EditText): string => (typeof text === 'string' ? foldForWords(text) : foldClausesForWords(text));

/**
 * Word-level diff of two clause texts after folding (`foldForWords`), computed with jsdiff over
 * `Intl.Segmenter` tokens and cleaned to read well. Bounded cost: long or unrelated texts get a
 * coarse diff (common prefix, one delete, one insert, common suffix).
 */
export function wordEdits(before: EditText, after: EditText, options: EditOptions = {}): WordEdit[] {
  return wordEditsMany([[before, after]], options)[0]!;
}

/** `wordEdits` of many pairs at once, segmenting all their changed stretches in one pass. */
export function wordEditsMany(pairs: ReadonlyArray<readonly [EditText, EditText]>, options: EditOptions = {}): WordEdit[][] {
  const maxTokens = options.maxDiffTokens ?? 2000;
  const prepared = pairs.map(([before, after]) => {
    const a = foldSide(before);
    const b = foldSide(after);
    // Only the stretch between the common prefix and suffix needs words; keep a margin so that
    // a word cut by the prefix or suffix is segmented whole.
    const [prefix, suffix] = commonEnds(a, b);
    const head = wordStart(a, Math.max(0, prefix - CONTEXT));
    const tail = a.length - wordEnd(a, a.length - Math.max(0, suffix - CONTEXT));
    // A word has at most a few characters: a stretch this long has too many tokens anyway.
    const coarse = Math.max(a.length, b.length) - head - tail > maxTokens * 8;
    return { a, b, head, tail, coarse };
  });
  const middles = prepared.flatMap(({ a, b, head, tail, coarse }) => (coarse ? ['', ''] : [a.slice(head, a.length - tail), b.slice(head, b.length - tail)]));
  const tokens = segmentMany(middles);
  return prepared.map(({ a, b, head, tail, coarse }, k) => {
    const tokensA = tokens[2 * k] ?? [];
    const tokensB = tokens[2 * k + 1] ?? [];
    if (coarse || tokensA.length > maxTokens || tokensB.length > maxTokens) return coarseFolded(a, b);
    const runs = diffTokens(tokensA, tokensB, options.maxEditLength ?? 400);
    if (!runs) return coarseFolded(a, b);
    return cleanEdits([{ op: 'equal', text: a.slice(0, head) }, ...runs, { op: 'equal', text: a.slice(a.length - tail) }], options.shortEqual ?? 2);
  });
}

/** A run of tokens of one kind in a token diff: its joined text and how many tokens it holds. */
export type TokenRun = WordEdit & { tokens: number };

/**
 * jsdiff's `diffArrays` of two token lists as runs, undefined above `maxEditLength` token edits.
 * Most reworded clauses are one inserted, deleted or replaced stretch; there the answer of jsdiff's
 * Myers diff is forced and is computed in one pass (property tests compare it with jsdiff's).
 */
export function diffTokens(a: readonly string[], b: readonly string[], maxEditLength: number): TokenRun[] | undefined {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const removed = a.slice(start, a.length - end);
  const added = b.slice(start, b.length - end);
  const edits = removed.length + added.length;
  // jsdiff gives up above maxEditLength edits, but always answers for equal lists.
  const tooMany = edits > 0 && edits > maxEditLength;
  // One list holds the other: Myers adds (or removes) the other's tokens, each time after matching
  // as many tokens as it can.
  if (removed.length === 0) return tooMany ? undefined : embed(a, b, 'insert');
  if (added.length === 0) return tooMany ? undefined : embed(b, a, 'delete');
  // No token of the changed stretches occurs on the other side: only the common ends can match.
  // (Checked only under the cap, which bounds its cost: above it, jsdiff gives up soon enough.)
  if (!tooMany && !removed.some((token) => b.includes(token)) && !added.some((token) => a.includes(token))) {
    const runs: TokenRun[] = [];
    const push = (op: WordEdit['op'], tokens: readonly string[]) => {
      if (tokens.length > 0) runs.push({ op, text: tokens.join(''), tokens: tokens.length });
    };
    push('equal', a.slice(0, start));
    push('delete', removed);
    push('insert', added);
    push('equal', a.slice(a.length - end));
    return runs;
  }
  const changes = diffArrays(a as string[], b as string[], { maxEditLength });
  return changes?.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value.join(''), tokens: change.value.length }));
}

/**
 * The runs of `longer` when `shorter` is a subsequence of it: each token of `longer` matches the
 * next token of `shorter` when it can, else it is an edit of kind `op` (jsdiff's path).
 */
function embed(shorter: readonly string[], longer: readonly string[], op: 'insert' | 'delete'): TokenRun[] {
  const runs: TokenRun[] = [];
  let matched = 0;
  for (const token of longer) {
    const kind = matched < shorter.length && shorter[matched] === token ? 'equal' : op;
    if (kind === 'equal') matched++;
    const last = runs[runs.length - 1];
    if (last?.op === kind) {
      last.text += token;
      last.tokens++;
    } else runs.push({ op: kind, text: token, tokens: 1 });
  }
  return runs;
}

/** Characters of context segmented on each side of the changed stretch. */
const CONTEXT = 8;

/**
 * Where the word of a spaced script (English, Russian) that holds position `k` starts: the
 * segmented stretch must not begin inside a word (`orga[-nisation-]`). Chinese is segmented by
 * the context alone: its characters are no spaced word's.
 */
function wordStart(text: string, k: number): number {
  while (k > 0 && isSpacedWordChar(text[k - 1]) && isSpacedWordChar(text[k])) k--;
  return k;
}

/** Where the word of a spaced script that holds the character before position `k` ends. */
function wordEnd(text: string, k: number): number {
  while (k < text.length && isSpacedWordChar(text[k - 1]) && isSpacedWordChar(text[k])) k++;
  return k;
}

/** Lengths of the common prefix and the common suffix (not overlapping it) of two strings. */
function commonEnds(a: string, b: string): [number, number] {
  // charCodeAt, not a[k]: indexing a string makes a one-character string of each CJK character.
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return [start, end];
}

/** Common prefix and suffix kept, the middle as one delete and one insert. */
export function coarseEdits(before: string, after: string): WordEdit[] {
  return coarseFolded(foldForWords(before), foldForWords(after));
}

function coarseFolded(a: string, b: string): WordEdit[] {
  const [start, end] = commonEnds(a, b);
  const edits: WordEdit[] = [];
  const push = (op: WordEdit['op'], text: string) => {
    if (text !== '') edits.push({ op, text });
  };
  push('equal', a.slice(0, start));
  push('delete', a.slice(start, a.length - end));
  push('insert', b.slice(start, b.length - end));
  push('equal', a.slice(a.length - end));
  return edits;
}

/**
 * Make a diff read well: a short equal run (≤ `shortEqual` characters or one token) between two
 * edits joins them, and each stretch between equal runs becomes one delete then one insert.
 */
export function cleanEdits(raw: ReadonlyArray<WordEdit & { tokens?: number }>, shortEqual = 2): WordEdit[] {
  const absorbed = raw.map((edit, k) => {
    if (edit.op !== 'equal' || k === 0 || k === raw.length - 1) return false;
    const short = edit.text.length <= shortEqual || (edit.tokens ?? Infinity) <= 1;
    return short && raw[k - 1]!.op !== 'equal' && raw[k + 1]!.op !== 'equal';
  });
  const out: WordEdit[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  raw.forEach((edit, k) => {
    if (edit.op === 'equal' && !absorbed[k]) {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += edit.text;
      else if (edit.text !== '') out.push({ op: 'equal', text: edit.text });
      return;
    }
    if (edit.op !== 'insert') deleted += edit.text;
    if (edit.op !== 'delete') inserted += edit.text;
  });
  flush();
  return out;
}
