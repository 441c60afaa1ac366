import { foldText } from '../../src/text/fold.js';
import { flattenClauses } from '../../src/tree/flatten.js';
import type { Change, Declaration, DiffResult } from '../../src/types.js';
import type { TruthChange } from '../gen/model.js';

/** Raw counts from scoring one or more results against the truth; add them up, then `rates`. */
export interface Counts {
  pairs: { tp: number; predicted: number; truth: number };
  /** Non-trivial pairs: reworded, moved, split or merged (clauses that may be reported moved either way are left out). */
  hard: { tp: number; predicted: number; truth: number };
  addRemove: { tp: number; predicted: number; truth: number };
  moved: { right: number; total: number };
  reworded: { right: number; total: number };
  lossless: { right: number; total: number };
}

/** Zero counts. */
export function emptyCounts(): Counts {
  const prf = () => ({ tp: 0, predicted: 0, truth: 0 });
  const acc = () => ({ right: 0, total: 0 });
  return { pairs: prf(), hard: prf(), addRemove: prf(), moved: acc(), reworded: acc(), lossless: acc() };
}

/** Add `more` into `into`. */
export function addCounts(into: Counts, more: Counts): void {
  for (const key of ['pairs', 'hard', 'addRemove'] as const) {
    into[key].tp += more[key].tp;
    into[key].predicted += more[key].predicted;
    into[key].truth += more[key].truth;
  }
  for (const key of ['moved', 'reworded', 'lossless'] as const) {
    into[key].right += more[key].right;
    into[key].total += more[key].total;
  }
}

/** Problems that break the contract's losslessness (empty when lossless). */
export function losslessProblems(result: DiffResult, a: Declaration, b: Declaration): string[] {
  const problems: string[] = [];
  const ca = flattenClauses(a);
  const cb = flattenClauses(b);
  const seenA = new Map<string, number>();
  const order: string[] = [];
  for (const change of result.changes) {
    for (const ref of change.from) seenA.set(ref.id, (seenA.get(ref.id) ?? 0) + 1);
    for (const ref of change.to) order.push(ref.id);
    const want = { matched: [1, 1], added: [0, 1], removed: [1, 0] }[change.kind as 'matched'];
    if (want && (change.from.length !== want[0] || change.to.length !== want[1])) problems.push(`bad cardinality ${change.kind}`);
    if (change.kind === 'split' && (change.from.length !== 1 || change.to.length < 2)) problems.push('bad split');
    if (change.kind === 'merged' && (change.from.length < 2 || change.to.length !== 1)) problems.push('bad merge');
  }
  ca.forEach((clause, i) => {
    if (seenA.get(`a${i + 1}`) !== 1) problems.push(`a${i + 1} appears ${seenA.get(`a${i + 1}`) ?? 0} times`);
    void clause;
  });
  if (seenA.size !== ca.length) problems.push('unknown A ids');
  if (order.join(' ') !== cb.map((_, j) => `b${j + 1}`).join(' ')) problems.push('to lists do not read B in order');
  return problems;
}

const key = (from: readonly number[], to: readonly number[]) => `${from.join(',')}|${to.join(',')}`;
const num = (id: string) => Number(id.slice(1)) - 1;

/** Score one result against the truth of a generated pair. */
export function scoreResult(result: DiffResult, truth: readonly TruthChange[], a: Declaration, b: Declaration): Counts {
  const counts = emptyCounts();
  const foldedA = flattenClauses(a).map((clause) => foldText(clause.text));
  const foldedB = flattenClauses(b).map((clause) => foldText(clause.text));
  const reworded = (from: readonly number[], to: readonly number[]) => from.map((i) => foldedA[i]).join('') !== to.map((j) => foldedB[j]).join('');
  const pairsOf = (from: readonly number[], to: readonly number[]) => from.flatMap((i) => to.map((j) => `${i}-${j}`));
  const truthPairs = new Set<string>();
  const truthHard = new Set<string>();
  const truthAddRemove = new Set<string>();
  const eitherWay = new Set<string>();
  for (const change of truth) {
    if (change.from.length === 0) truthAddRemove.add(`b${change.to[0]}`);
    else if (change.to.length === 0) truthAddRemove.add(`a${change.from[0]}`);
    else {
      const trivial = change.from.length === 1 && change.to.length === 1 && change.moved !== true && !reworded(change.from, change.to);
      for (const pair of pairsOf(change.from, change.to)) {
        truthPairs.add(pair);
        if (!trivial) truthHard.add(pair);
        if (change.moved === null && trivial) eitherWay.add(pair);
      }
    }
  }
  const predictedByB = new Map<number, Change>();
  const predictedKeys = new Set<string>();
  for (const change of result.changes) {
    const from = change.from.map((ref) => num(ref.id));
    const to = change.to.map((ref) => num(ref.id));
    for (const j of to) predictedByB.set(j, change);
    predictedKeys.add(key(from, to));
    if (from.length === 0) tally(counts.addRemove, truthAddRemove.has(`b${to[0]}`));
    else if (to.length === 0) tally(counts.addRemove, truthAddRemove.has(`a${from[0]}`));
    else {
      const trivial = from.length === 1 && to.length === 1 && !change.moved && !change.reworded;
      for (const pair of pairsOf(from, to)) {
        tally(counts.pairs, truthPairs.has(pair));
        if (!trivial && !eitherWay.has(pair)) tally(counts.hard, truthHard.has(pair));
      }
    }
  }
  counts.pairs.truth = truthPairs.size;
  counts.hard.truth = truthHard.size;
  counts.addRemove.truth = truthAddRemove.size;
  for (const change of truth) {
    if (change.from.length === 0 || change.to.length === 0) continue;
    const predicted = predictedByB.get(change.to[0]!);
    if (!predicted) continue;
    counts.reworded.total++;
    if (predicted.reworded === reworded(change.from, change.to)) counts.reworded.right++;
    if (change.moved !== null) {
      counts.moved.total++;
      if (predicted.moved === change.moved) counts.moved.right++;
    }
  }
  counts.lossless.total = 1;
  counts.lossless.right = losslessProblems(result, a, b).length === 0 ? 1 : 0;
  return counts;
}

function tally(target: { tp: number; predicted: number }, hit: boolean): void {
  target.predicted++;
  if (hit) target.tp++;
}

/** Precision, recall, F1 and accuracies from counts. */
export function rates(counts: Counts) {
  const prf = ({ tp, predicted, truth }: { tp: number; predicted: number; truth: number }) => {
    const precision = predicted === 0 ? 1 : tp / predicted;
    const recall = truth === 0 ? 1 : tp / truth;
    return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  };
  const acc = ({ right, total }: { right: number; total: number }) => (total === 0 ? 1 : right / total);
  return {
    pairs: prf(counts.pairs),
    hard: prf(counts.hard),
    addRemove: prf(counts.addRemove),
    moved: acc(counts.moved),
    reworded: acc(counts.reworded),
    lossless: acc(counts.lossless),
  };
}
