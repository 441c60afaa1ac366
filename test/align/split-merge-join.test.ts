import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { inlineEdits, sideEdits, writtenSteps } from '../../src/render/edits.js';
import { renderHistoryText } from '../../src/render/history-text.js';
import { buildHistory, selectClause } from '../../src/timeline/history.js';
import type { Change } from '../../src/types.js';
import { doc } from './docs.js';

/**
 * SYNTHETIC numbered clauses, invented for this test. A clause of A is split in two in B and
 * lightly reworded; two clauses of A are merged into one. The word diff runs over the pieces of
 * each side joined: their boundary must stay visible, never `matter.11.The`.
 */
const FILLER = [
  '1. The Member States support the synthetic test programme on example cooperation.',
  '2. The Member States welcome the test results of the example working group.',
  '3. The Member States note the example report of the synthetic test council.',
];
const SPLIT_A = '4. The Member States note the growing role of example currencies and ask their test ministries to continue talks on this matter. The Member States also invite their example banks to share test experience.';
const SPLIT_B = ['4. The Member States note the growing role of example currencies and ask their test ministries to continue talks on this matter.', '5. The Member States also invite their example banks to share test experience in payments.'];
const MERGE_A = ['5. The Member States welcome the work of the example business council in financing joint test projects.', '6. The Member States invite the example business council to hold a yearly synthetic forum.'];
const MERGE_B = '6. The Member States welcome the work of the example business council in financing joint test projects. The Member States invite the example business council to hold a yearly synthetic forum for test firms.';

function changes(): { split: Change; merged: Change } {
  const result = align(doc([...FILLER, SPLIT_A, ...MERGE_A]), doc([...FILLER, ...SPLIT_B, MERGE_B]));
  const split = result.changes.find((change) => change.kind === 'split');
  const merged = result.changes.find((change) => change.kind === 'merged');
  if (!split || !merged) throw new Error(`no split or merge: ${result.changes.map((change) => change.kind).join(' ')}`);
  return { split, merged };
}

const text = (edits: readonly { op: string; text: string }[], drop: string): string => edits.filter((edit) => edit.op !== drop).map((edit) => edit.text).join('');

describe('the word diff of a split or merge keeps the boundary between its pieces (SYNTHETIC)', () => {
  it('joins the folded pieces with a space in English, so that the next number does not run into the text', () => {
    const { split, merged } = changes();
    expect(text(split.edits!, 'delete')).toContain('matter. 5.');
    expect(text(split.edits!, 'delete')).not.toMatch(/matter\.5/u);
    expect(text(merged.edits!, 'insert')).toContain('projects. 6.');
  });

  it('shows the pieces joined by a space in the inline redline, each side reading as written', () => {
    const { split, merged } = changes();
    expect(text(inlineEdits(split), 'delete')).toBe(SPLIT_B.join(' '));
    expect(text(inlineEdits(split), 'insert')).toBe(SPLIT_A);
    expect(text(inlineEdits(merged), 'insert')).toBe(MERGE_A.join(' '));
    expect(text(inlineEdits(merged), 'delete')).toBe(MERGE_B);
  });

  it('cuts each side back into its clauses as written, and gives the Word redline exact texts', () => {
    const { split, merged } = changes();
    expect(sideEdits(split, 'to').map((steps) => text(steps, 'delete'))).toEqual(SPLIT_B);
    expect(sideEdits(merged, 'from').map((steps) => text(steps, 'insert'))).toEqual(MERGE_A);
    const steps = writtenSteps(split);
    expect(steps?.map((step) => step.to).join('')).toBe(SPLIT_B.join(''));
    expect(steps?.map((step) => step.from).join('')).toBe(SPLIT_A);
  });

  it('keeps the history of a split clause mapped onto the texts as written', () => {
    const a = { id: 'a', declaration: { ...doc([...FILLER, SPLIT_A, ...MERGE_A]), meta: { title: 'T', date: '2020-01-01', lang: 'en', signatories: [], extra: {} } } };
    const b = { id: 'b', declaration: { ...doc([...FILLER, ...SPLIT_B, MERGE_B]), meta: { title: 'T', date: '2021-01-01', lang: 'en', signatories: [], extra: {} } } };
    const report = renderHistoryText(buildHistory([a, b], selectClause(b.declaration, '5')), { color: false });
    // The wording as written (`4. The`), never the folded steps (`4.The`).
    expect(report).toContain('4. The Member States note');
    expect(report).not.toMatch(/\d\.The/u);
  });
});
