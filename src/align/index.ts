import { countClauses, flattenClauses } from '../tree/flatten.js';
import type { AlignOptions, Change, Declaration, DiffResult } from '../types.js';
import { foldText } from '../text/fold.js';

/** Options of `align` beyond the algorithm's: labels for the headers. */
export interface AlignInput extends AlignOptions {
  /** Shown as `from.source` when A has no `source` metadata. */
  fromSource?: string;
  /** Shown as `to.source` when B has no `source` metadata. */
  toSource?: string;
}

/** Placeholder aligner (positional) until the real one lands. */
export function align(a: Declaration, b: Declaration, options: AlignInput = {}): DiffResult {
  const ca = flattenClauses(a);
  const cb = flattenClauses(b);
  const changes: Change[] = [];
  const n = Math.max(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i];
    const y = cb[i];
    const from = x ? [{ id: `a${i + 1}`, section: x.section, text: x.text }] : [];
    const to = y ? [{ id: `b${i + 1}`, section: y.section, text: y.text }] : [];
    const reworded = Boolean(x && y && foldText(x.text) !== foldText(y.text));
    changes.push({ kind: x && y ? 'matched' : x ? 'removed' : 'added', from, to, moved: false, reworded, similarity: x && y ? (reworded ? 0.5 : 1) : 0 });
  }
  const summary = { matched: 0, added: 0, removed: 0, split: 0, merged: 0, moved: 0, reworded: 0 };
  for (const change of changes) {
    summary[change.kind] += 1;
    if (change.reworded) summary.reworded += 1;
  }
  return {
    schema: 'clausewise/diff@1',
    from: { title: a.meta.title, date: a.meta.date ?? null, clauses: countClauses(a), source: a.meta.source ?? options.fromSource ?? '' },
    to: { title: b.meta.title, date: b.meta.date ?? null, clauses: countClauses(b), source: b.meta.source ?? options.toSource ?? '' },
    summary,
    sections: [],
    changes,
  };
}
