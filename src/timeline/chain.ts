import { align } from '../align/index.js';
import { countClauses } from '../tree/flatten.js';
import type { AlignOptions, Change, Declaration, DiffResult } from '../types.js';

/** A declaration with the id it is known by (store id or the reference the user typed). */
export interface TimelineInput {
  id: string;
  declaration: Declaration;
}

/** Declarations in order with the alignment of each consecutive pair. */
export interface AlignedChain {
  entries: TimelineInput[];
  /** `steps[i]` aligns `entries[i]` (A) with `entries[i + 1]` (B). */
  steps: DiffResult[];
  /** For each step, the change holding each B clause (0-based index → change). */
  changeOfTo: Change[][];
}

/** Options of `alignChain`. */
export interface ChainOptions extends AlignOptions {
  /** Put the declarations in date order (undated last, ties kept in the given order). Default true. */
  byDate?: boolean;
}

/** 0-based clause index of a contract id such as `a12` or `b3`. */
export function clauseIndex(id: string): number {
  return Number(id.slice(1)) - 1;
}

/** Sort by ISO date, stable; undated declarations go last. */
export function sortByDate<T extends TimelineInput>(entries: readonly T[]): T[] {
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort((x, y) => {
      const dx = x.entry.declaration.meta.date ?? '9999';
      const dy = y.entry.declaration.meta.date ?? '9999';
      return dx < dy ? -1 : dx > dy ? 1 : x.position - y.position;
    })
    .map(({ entry }) => entry);
}

/** Align every consecutive pair of declarations (oldest first) with the project's aligner. */
export function alignChain(inputs: readonly TimelineInput[], options: ChainOptions = {}): AlignedChain {
  const { byDate = true, ...alignOptions } = options;
  const entries = byDate ? sortByDate(inputs) : [...inputs];
  const steps: DiffResult[] = [];
  const changeOfTo: Change[][] = [];
  for (let i = 1; i < entries.length; i++) {
    const from = entries[i - 1]!;
    const to = entries[i]!;
    const result = align(from.declaration, to.declaration, { ...alignOptions, fromSource: from.id, toSource: to.id });
    steps.push(result);
    const holders: Change[] = new Array<Change>(countClauses(to.declaration));
    for (const change of result.changes) {
      for (const ref of change.to) holders[clauseIndex(ref.id)] = change;
    }
    changeOfTo.push(holders);
  }
  return { entries, steps, changeOfTo };
}
