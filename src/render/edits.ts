import { foldTextAs } from '../text/fold.js';
import { graphemeSegmenter } from '../text/graphemes.js';
import { clausesJoinTight, foldClausesForWords, foldForWords, foldForWordsByPiece, type FoldedPiece } from '../text/words.js';
import type { Change, WordEdit } from '../types.js';

/**
 * Wording diffs for display. The contract's `edits` are over texts folded for words (NFKC,
 * Simplified script, or the plain typography of English and Russian (' " - е), no whitespace but
 * one space between two words of a spaced script such as English); these helpers map them back onto the clauses as written, so that a reader
 * sees the original punctuation and spacing, and fall back to the folded text when the mapping
 * is not exact.
 */

/**
 * `foldTextAs` of single code points (or graphemes), remembered: a document repeats a few thousand
 * characters. One table for the characters of Chinese text, one for the others: a quote or a
 * dash folds with the typography only outside Chinese text.
 */
const foldedCharacters = [new Map<string, string>(), new Map<string, string>()] as const;

function foldCharacter(ch: string, ideographic: boolean): string {
  const table = foldedCharacters[ideographic ? 1 : 0];
  let folded = table.get(ch);
  if (folded === undefined) {
    folded = foldTextAs(ch, ideographic);
    table.set(ch, folded);
  }
  return folded;
}

/** Neighbouring edits of one kind joined, empty ones dropped: the compact, canonical form. */
export function coalesceEdits(edits: readonly WordEdit[]): WordEdit[] {
  const out: WordEdit[] = [];
  for (const edit of edits) {
    if (!edit.text) continue;
    const last = out[out.length - 1];
    if (last?.op === edit.op) last.text += edit.text;
    else out.push({ ...edit });
  }
  return out;
}

/** The wording diff of a reworded change; a whole-text replacement when the aligner gave none. */
export function changeEdits(change: Change): WordEdit[] {
  if (change.edits && change.edits.length > 0) return change.edits;
  const from = foldClausesForWords(change.from.map((c) => c.text));
  const to = foldClausesForWords(change.to.map((c) => c.text));
  const edits: WordEdit[] = [];
  if (from) edits.push({ op: 'delete', text: from });
  if (to) edits.push({ op: 'insert', text: to });
  return edits;
}

/**
 * For one side (`from`: equal + delete steps, `to`: equal + insert), the original text that each
 * of those steps covers, by step index (the side's clauses joined by `between` where the word diff
 * put a space between them: see `foldedClauses`); null when folding the original code point by code point
 * does not give exactly the steps' text (or a folded code point straddles two steps).
 */
function mapSide(edits: WordEdit[], side: 'from' | 'to', clauses: readonly string[], between: string): Map<number, string> | null {
  const own = side === 'to' ? 'insert' : 'delete';
  const chars = foldedClauses(clauses, edits.filter((e) => e.op === 'equal' || e.op === own).map((e) => e.text).join(''), between);
  if (!chars) return null;
  const out = new Map<number, string>();
  let pos = 0;
  let last = -1;
  for (const [i, edit] of edits.entries()) {
    if (edit.op !== 'equal' && edit.op !== own) continue;
    let need = edit.text.length;
    let text = '';
    while (need > 0) {
      const c = chars[pos++];
      if (!c || c.folded.length > need) return null;
      text += c.ch;
      need -= c.folded.length;
    }
    // Characters that fold to nothing (most spaces) stay with the step before them.
    while (chars[pos] && chars[pos]!.folded === '') text += chars[pos++]!.ch;
    out.set(i, text);
    last = i;
  }
  if (pos < chars.length && last >= 0) out.set(last, out.get(last)! + chars.slice(pos).map((c) => c.ch).join(''));
  return out;
}

/**
 * The original cut into pieces that fold to exactly `expected` when joined: its code points, else
 * its code points folded in context (a phrase that folds otherwise than its characters alone), else
 * (a letter and its combining accent, which NFKC composes) its graphemes; null when none does.
 */
function foldedPieces(original: string, expected: string): FoldedPiece[] | null {
  const joined = (pieces: readonly FoldedPiece[]) => pieces.map((piece) => piece.folded).join('');
  const byCodePoint = foldForWordsByPiece(original, foldCharacter);
  if (joined(byCodePoint) === expected) return byCodePoint;
  const inContext = foldForWords(original) === expected ? foldedInContext(byCodePoint, expected) : null;
  if (inContext) return inContext;
  const byGrapheme = foldForWordsByPiece(Array.from(graphemeSegmenter().segment(original), (part) => part.segment), foldCharacter);
  return joined(byGrapheme) === expected ? byGrapheme : null;
}

/**
 * The pieces of a side's clauses, folding to exactly `expected`: as one text when the word diff
 * joined them with nothing between (one clause, or Chinese), else clause by clause with a piece
 * `between` them that folds to the space `foldClausesForWords` put there (`' '` to show the
 * boundary, `''` to give back the clauses as written). Null when none does.
 */
function foldedClauses(clauses: readonly string[], expected: string, between: string): FoldedPiece[] | null {
  if (clauses.length === 1 || clausesJoinTight(clauses)) return foldedPieces(clauses.join(''), expected);
  const out: FoldedPiece[] = [];
  let folded = '';
  for (const clause of clauses) {
    const own = foldForWords(clause);
    const pieces = foldedPieces(clause, own);
    if (!pieces) return null;
    if (folded && own) out.push({ ch: between, folded: ' ' });
    out.push(...pieces);
    folded += folded && own ? ` ${own}` : own;
  }
  return folded === expected ? out : null;
}

/** Ideographs only. */
const HAN = /^\p{Script=Han}+$/u;

/**
 * The pieces with their folds read from `expected` (the fold of their whole text) at their place,
 * when it differs from theirs only where an ideograph folds to another in context: a phrase
 * decides (著 alone folds to 着, as Taiwan writes 著 for both, but 显著 and 著名 keep it). Null otherwise.
 */
function foldedInContext(pieces: readonly FoldedPiece[], expected: string): FoldedPiece[] | null {
  const out: FoldedPiece[] = [];
  let at = 0;
  for (const piece of pieces) {
    const folded = expected.slice(at, at + piece.folded.length);
    if (folded !== piece.folded && !(HAN.test(piece.ch) && HAN.test(folded) && HAN.test(piece.folded))) return null;
    out.push(folded === piece.folded ? piece : { ch: piece.ch, folded });
    at += piece.folded.length;
  }
  return at === expected.length ? out : null;
}

/** The texts of the clauses of one side. */
function texts(change: Change, side: 'from' | 'to'): string[] {
  return change[side].map((c) => c.text);
}

/**
 * The wording diff of a change as one inline redline over the texts as written: equal and
 * inserted steps from B, deleted steps from A; the clauses of a split or merge in a spaced script
 * one space apart. Falls back to the folded steps when unmappable.
 */
export function inlineEdits(change: Change): WordEdit[] {
  const edits = changeEdits(change);
  const a = mapSide(edits, 'from', texts(change, 'from'), ' ');
  const b = mapSide(edits, 'to', texts(change, 'to'), ' ');
  if (!a || !b) return edits;
  return edits.map((edit, i) => ({ op: edit.op, text: (edit.op === 'delete' ? a.get(i) : b.get(i)) ?? edit.text }));
}

/**
 * The wording diff as seen from one side, cut into one list of steps per clause of that side:
 * `from` keeps equal and deleted steps of A's text, `to` equal and inserted steps of B's. Texts
 * are the originals when mappable, else the folded steps; when even those cannot be cut at the
 * clause boundaries, everything is in the first piece.
 */
export function sideEdits(change: Change, side: 'from' | 'to'): WordEdit[][] {
  const own = side === 'to' ? 'insert' : 'delete';
  const edits = changeEdits(change);
  const clauses = texts(change, side);
  const mapped = mapSide(edits, side, clauses, '');
  const steps: WordEdit[] = [];
  for (const [i, edit] of edits.entries()) {
    if (edit.op === 'equal' || edit.op === own) steps.push({ op: edit.op, text: mapped?.get(i) ?? edit.text });
  }
  // Folded steps hold the space between clauses of a spaced script: it ends each clause but the last.
  const spaced = clauses.length > 1 && !clausesJoinTight(clauses);
  const lengths = mapped ? clauses.map((t) => t.length) : clauses.map((t, k) => foldForWords(t).length + (spaced && k < clauses.length - 1 ? 1 : 0));
  return cutSteps(steps, lengths) ?? [steps, ...clauses.slice(1).map(() => [])];
}

/** Cut steps into pieces of the given total text lengths; null when the lengths do not add up. */
export function cutSteps(steps: WordEdit[], lengths: number[]): WordEdit[][] | null {
  const total = steps.reduce((sum, e) => sum + e.text.length, 0);
  if (lengths.length === 0 || lengths.reduce((a, b) => a + b, 0) !== total) return null;
  const pieces: WordEdit[][] = lengths.map(() => []);
  let piece = 0;
  let left = lengths[0]!;
  for (const step of steps) {
    let text = step.text;
    while (text.length > 0) {
      while (left === 0 && piece < lengths.length - 1) left = lengths[++piece]!;
      const take = left === 0 ? text : text.slice(0, left);
      pieces[piece]!.push({ op: step.op, text: take });
      left -= Math.min(left, take.length);
      text = text.slice(take.length);
    }
  }
  return pieces;
}

/** One step of a wording diff over both texts as written: `from` is A's text of it, `to` B's (`''` on the side the step is not on). */
export interface WrittenStep {
  op: WordEdit['op'];
  from: string;
  to: string;
}

/**
 * The wording diff of a reworded change with each step's text as written on both sides, so that
 * joining the `from` texts gives A's clauses exactly and joining the `to` texts B's (equal steps
 * may differ in what folding hides: spacing, width, script). Null when the mapping is not exact.
 */
export function writtenSteps(change: Change): WrittenStep[] | null {
  const edits = changeEdits(change);
  const fromText = texts(change, 'from').join('');
  const toText = texts(change, 'to').join('');
  const a = mapSide(edits, 'from', texts(change, 'from'), '');
  const b = mapSide(edits, 'to', texts(change, 'to'), '');
  if (!a || !b) return null;
  const steps = edits.map((edit, i) => ({ op: edit.op, from: edit.op === 'insert' ? '' : (a.get(i) ?? ''), to: edit.op === 'delete' ? '' : (b.get(i) ?? '') }));
  let from = '';
  let to = '';
  for (const step of steps) {
    from += step.from;
    to += step.to;
  }
  return from === fromText && to === toText ? steps : null;
}
