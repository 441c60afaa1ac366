import { placeAfterPredecessor } from '../../src/align/order.js';
import type { DiffResult } from '../../src/types.js';
import type { TruthChange } from '../gen/model.js';

/**
 * The compact text form of an alignment, one line per change: `= a3 b3` identical, `~ a4 b5`
 * reworded, `+ b6` added, `- a7` removed, `< a8 b9 b10` split, `> a1 a2 b3` merged; ` moved` suffix.
 */
export function compact(result: DiffResult): string {
  return result.changes
    .map((change) => {
      const ids = [...change.from, ...change.to].map((ref) => ref.id).join(' ');
      const mark = { matched: change.reworded ? '~' : '=', added: '+', removed: '-', split: '<', merged: '>' }[change.kind];
      return `${mark} ${ids}${change.moved ? ' moved' : ''}`;
    })
    .join('\n');
}

/** Does a compact alignment agree with an expected one, where ` moved?` accepts either answer? */
export function agrees(actual: string, expected: string): boolean {
  const got = actual.trim().split('\n');
  const want = expected.trim().split('\n');
  return got.length === want.length && want.every((line, k) => (line.endsWith(' moved?') ? [line.slice(0, -7), line.slice(0, -1)].includes(got[k]!) : line === got[k]));
}

/**
 * The same form for a true answer, ordered by the contract (B order, a removed clause right after
 * the change holding its A predecessor); ` moved?` where the contract allows either answer.
 */
export function compactTruth(truth: readonly TruthChange[], reworded: (from: number[], to: number[]) => boolean): string {
  const inB = truth.filter((change) => change.to.length > 0).sort((x, y) => x.to[0]! - y.to[0]!);
  const holder = new Map<number, TruthChange>();
  for (const change of inB) for (const a of change.from) holder.set(a, change);
  const removed = truth.filter((change) => change.to.length === 0).map((change) => change.from[0]!);
  const ordered = placeAfterPredecessor<TruthChange>(inB, removed, (a) => holder.get(a), (a) => ({ from: [a], to: [], moved: false }));
  return ordered
    .map((change) => {
      const ids = [...change.from.map((a) => `a${a + 1}`), ...change.to.map((b) => `b${b + 1}`)].join(' ');
      const mark =
        change.from.length === 0 ? '+' : change.to.length === 0 ? '-' : change.to.length > 1 ? '<' : change.from.length > 1 ? '>' : reworded(change.from, change.to) ? '~' : '=';
      return `${mark} ${ids}${change.moved ? ' moved' : change.moved === null ? ' moved?' : ''}`;
    })
    .join('\n');
}
