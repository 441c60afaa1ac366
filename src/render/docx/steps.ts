import { wordEdits } from '../../align/edits.js';
import type { Change } from '../../types.js';
import { type WrittenStep, writtenSteps } from '../edits.js';
import type { Mark, Run } from './model.js';

/** Is this UTF-16 unit the first half of a surrogate pair? */
function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * `a` → `b` as the steps of one replacement: the common prefix and suffix equal, what lies
 * between deleted and inserted (never cutting a surrogate pair). Equal texts give one equal step.
 */
export function replacementSteps(a: string, b: string): WrittenStep[] {
  if (a === b) return a === '' ? [] : [{ op: 'equal', from: a, to: b }];
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  if (start > 0 && isHigh(a.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  if (end > 0 && isHigh(a.charCodeAt(a.length - 1 - end))) end--;
  const steps: WrittenStep[] = [];
  const push = (op: WrittenStep['op'], from: string, to: string): void => {
    if (from || to) steps.push({ op, from, to });
  };
  push('equal', a.slice(0, start), b.slice(0, start));
  push('delete', a.slice(start, a.length - end), '');
  push('insert', '', b.slice(start, b.length - end));
  push('equal', a.slice(a.length - end), b.slice(b.length - end));
  return steps;
}

/**
 * Exact steps from A's texts to B's for a change or a heading pair: the word diff of the reports
 * mapped onto the texts as written; an equal step whose two texts differ only in what folding
 * hides (spacing, width, script) becomes a replacement of its own; a text the word diff cannot be
 * mapped onto is replaced as a whole, less its common prefix and suffix. Joining the `from` texts
 * always gives A's, the `to` texts B's.
 */
export function exactSteps(from: readonly string[], to: readonly string[], change?: Change): WrittenStep[] {
  const a = from.join('');
  const b = to.join('');
  if (a === b) return replacementSteps(a, b);
  let steps: WrittenStep[] | null = null;
  if (change?.reworded) steps = writtenSteps(change);
  else if (!change && from.length === 1 && to.length === 1) {
    // A heading: numbering added or dropped is one insertion or deletion already; a rename gets the word diff.
    const replaced = replacementSteps(a, b);
    if (replaced.some((step) => step.op === 'delete') && replaced.some((step) => step.op === 'insert')) steps = writtenSteps(headingChange(a, b));
    else return replaced;
  }
  if (!steps) return replacementSteps(a, b);
  return steps.flatMap((step) => (step.op === 'equal' && step.from !== step.to ? replacementSteps(step.from, step.to) : [step]));
}

/** A heading pair as a reworded change, so that a renamed heading gets the word diff clauses get. */
function headingChange(a: string, b: string): Change {
  const ref = (text: string) => ({ id: '', section: '', text });
  return { kind: 'matched', from: [ref(a)], to: [ref(b)], moved: false, reworded: true, similarity: 0, edits: wordEdits(a, b) };
}

/**
 * Runs for one side of the steps (`from`: equal and deleted, `to`: equal and inserted), equal
 * text marked `same`, the side's own changes `own`.
 */
export function sideRuns(steps: readonly WrittenStep[], side: 'from' | 'to', same: Mark, own: Mark): Run[] {
  const runs: Run[] = [];
  for (const step of steps) {
    const text = step[side];
    if (text) runs.push({ text, mark: step.op === 'equal' ? same : own });
  }
  return runs;
}

/** Runs of both sides in reading order: equal text untracked, A's words deleted, B's inserted. */
export function inlineRuns(steps: readonly WrittenStep[]): Run[] {
  const runs: Run[] = [];
  for (const step of steps) {
    if (step.op === 'equal') runs.push({ text: step.to, mark: 'none' });
    else if (step.op === 'delete') runs.push({ text: step.from, mark: 'del' });
    else runs.push({ text: step.to, mark: 'ins' });
  }
  return runs;
}

/**
 * Cut runs into pieces whose counted text has the given lengths (`counts` says which runs count:
 * those of the side whose clauses are being cut); runs that do not count stay in the piece they
 * follow. Null when the lengths do not add up to the counted text.
 */
export function cutRuns(runs: readonly Run[], lengths: readonly number[], counts: (mark: Mark) => boolean): Run[][] | null {
  const total = runs.reduce((sum, run) => sum + (counts(run.mark) ? run.text.length : 0), 0);
  if (lengths.length === 0 || lengths.reduce((sum, n) => sum + n, 0) !== total) return null;
  const pieces: Run[][] = lengths.map(() => []);
  let piece = 0;
  let left = lengths[0]!;
  for (const run of runs) {
    if (!counts(run.mark)) {
      pieces[piece]!.push(run);
      continue;
    }
    let text = run.text;
    while (text.length > 0) {
      while (left === 0 && piece < lengths.length - 1) left = lengths[++piece]!;
      const take = left === 0 ? text : text.slice(0, left);
      pieces[piece]!.push({ text: take, mark: run.mark });
      left -= take.length;
      text = text.slice(take.length);
    }
  }
  return pieces;
}
