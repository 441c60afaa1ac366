import { expect } from 'vitest';
import type { Change, DiffResult } from '../../src/types.js';

const SUMMARY_KEYS = ['matched', 'added', 'removed', 'split', 'merged', 'moved', 'reworded'];

/**
 * Check a `diff --json` object against contract §2, given the clause texts of both sides:
 * key sets and order, cardinalities per kind, ids, losslessness, placement of removed clauses,
 * `edits` exactly on reworded changes, and summary counts.
 */
export function expectDiffContract(result: DiffResult, fromTexts: readonly string[], toTexts: readonly string[]): void {
  expect(Object.keys(result)).toEqual(['schema', 'from', 'to', 'summary', 'sections', 'changes']);
  expect(result.schema).toBe('clausewise/diff@1');
  for (const header of [result.from, result.to]) {
    expect(Object.keys(header)).toEqual(['title', 'date', 'clauses', 'source']);
    expect(header.date === null || /^\d{4}-\d{2}-\d{2}$/.test(header.date)).toBe(true);
  }
  expect(result.from.clauses).toBe(fromTexts.length);
  expect(result.to.clauses).toBe(toTexts.length);
  expect(Object.keys(result.summary)).toEqual(SUMMARY_KEYS);

  const seenFrom: number[] = [];
  const seenTo: number[] = [];
  const counts: Record<string, number> = Object.fromEntries(SUMMARY_KEYS.map((key) => [key, 0]));
  let lastFrom = 0; // highest A index placed so far, for the removed-clause placement rule
  const placedFrom = new Set<number>();
  for (const change of result.changes) {
    expectChangeShape(change);
    counts[change.kind]! += 1;
    if (change.moved) counts['moved']! += 1;
    if (change.reworded) counts['reworded']! += 1;
    for (const ref of change.from) {
      const index = Number(ref.id.slice(1));
      expect(ref.text).toBe(fromTexts[index - 1]);
      seenFrom.push(index);
    }
    for (const ref of change.to) {
      const index = Number(ref.id.slice(1));
      expect(ref.text).toBe(toTexts[index - 1]);
      seenTo.push(index);
    }
    if (change.kind === 'removed') {
      const index = Number(change.from[0]!.id.slice(1));
      // Right after the change that holds the A clause before it (or at the start).
      if (index > 1) expect(placedFrom.has(index - 1), `a${index} placed after a${index - 1}`).toBe(true);
      else expect(placedFrom.size).toBe(0);
    }
    for (const ref of change.from) placedFrom.add(Number(ref.id.slice(1)));
    lastFrom = Math.max(lastFrom, ...change.from.map((ref) => Number(ref.id.slice(1))));
  }
  expect([...seenFrom].sort((x, y) => x - y)).toEqual(fromTexts.map((_, i) => i + 1));
  expect(seenTo).toEqual(toTexts.map((_, i) => i + 1));
  expect(result.summary).toEqual(counts);

  for (const pair of result.sections) {
    expect(Object.keys(pair)).toEqual(['from', 'to', 'status', 'moved', 'clauses']);
    expect(['matched', 'renamed', 'added', 'removed']).toContain(pair.status);
    expect(Object.keys(pair.clauses)).toEqual(SUMMARY_KEYS);
  }
}

function expectChangeShape(change: Change): void {
  const keys = ['kind', 'from', 'to', 'moved', 'reworded', 'similarity', ...(change.reworded ? ['edits'] : [])];
  expect(Object.keys(change)).toEqual(keys);
  const sizes = { matched: [1, 1], added: [0, 1], removed: [1, 0] } as const;
  if (change.kind in sizes) {
    const [from, to] = sizes[change.kind as keyof typeof sizes];
    expect([change.from.length, change.to.length]).toEqual([from, to]);
  } else if (change.kind === 'split') {
    expect(change.from.length).toBe(1);
    expect(change.to.length).toBeGreaterThanOrEqual(2);
  } else {
    expect(change.kind).toBe('merged');
    expect(change.from.length).toBeGreaterThanOrEqual(2);
    expect(change.to.length).toBe(1);
  }
  for (const ref of [...change.from, ...change.to]) {
    expect(Object.keys(ref)).toEqual(['id', 'section', 'text']);
    expect(ref.id).toMatch(/^[ab][1-9]\d*$/);
  }
  expect(change.from.every((ref) => ref.id.startsWith('a'))).toBe(true);
  expect(change.to.every((ref) => ref.id.startsWith('b'))).toBe(true);
  expect(change.similarity).toBeGreaterThanOrEqual(0);
  expect(change.similarity).toBeLessThanOrEqual(1);
  if (change.edits) {
    for (const edit of change.edits) {
      expect(Object.keys(edit)).toEqual(['op', 'text']);
      expect(['equal', 'insert', 'delete']).toContain(edit.op);
    }
  }
}
