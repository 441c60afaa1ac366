import { describe, expect, it } from 'vitest';
import { cutSteps, inlineEdits, sideEdits } from '../../src/render/edits.js';
import type { Change } from '../../src/types.js';
import { replaceEdits, seedClauses } from './build-diff.js';

function reworded(from: string[], to: string[], edits: Change['edits']): Change {
  return {
    kind: from.length > 1 ? 'merged' : to.length > 1 ? 'split' : 'matched',
    from: from.map((text, i) => ({ id: `a${i + 1}`, section: '', text })),
    to: to.map((text, i) => ({ id: `b${i + 1}`, section: '', text })),
    moved: false,
    reworded: true,
    similarity: 0.9,
    ...(edits ? { edits } : {}),
  };
}

describe('wording diffs for display', () => {
  it('maps folded edits back onto the text as written (full-width punctuation, spaces)', () => {
    const a = seedClauses()[4]!.text; // 成员国重申，坚定支持联合国……
    const { text: b, edits } = replaceEdits(a, '坚定支持', '坚定 支持');
    expect(edits.map((e) => e.text).join('')).toContain(','); // NFKC folded the full-width comma
    const change = reworded([a], [b], edits);
    // Each side reads back exactly as written: full-width comma and the inserted space.
    expect(inlineEdits(change).map((e) => e.text).join('')).not.toContain(',');
    expect(inlineEdits(change).filter((e) => e.op !== 'delete').map((e) => e.text).join('')).toBe(b);
    expect(inlineEdits(change).filter((e) => e.op !== 'insert').map((e) => e.text).join('')).toBe(a);
  });

  it('restores the spaces of English text, which folding removes', () => {
    const change = reworded(['The Member States stress the importance'], ['The Member States underline the importance'], [
      { op: 'equal', text: 'TheMemberStates' }, { op: 'delete', text: 'stress' }, { op: 'insert', text: 'underline' }, { op: 'equal', text: 'theimportance' },
    ]);
    expect(inlineEdits(change)).toEqual([
      { op: 'equal', text: 'The Member States ' }, { op: 'delete', text: 'stress ' }, { op: 'insert', text: 'underline ' }, { op: 'equal', text: 'the importance' },
    ]);
  });

  it('falls back to the folded steps when the texts do not fold to them', () => {
    const change = reworded(['甲乙'], ['甲丙'], [{ op: 'equal', text: '甲' }, { op: 'delete', text: '丁' }, { op: 'insert', text: '丙' }]);
    expect(inlineEdits(change)).toEqual(change.edits);
  });

  it('gives a whole-text replacement when a reworded change has no edits', () => {
    expect(inlineEdits(reworded(['甲，乙'], ['丙'], undefined))).toEqual([{ op: 'delete', text: '甲，乙' }, { op: 'insert', text: '丙' }]);
  });

  it('cuts a merged change per A clause, each with its own deletions', () => {
    const [x, y] = [seedClauses()[8]!.text, seedClauses()[9]!.text];
    const { text, edits } = replaceEdits(x + y, '成员国重申', '成员国再次重申');
    const pieces = sideEdits(reworded([x, y], [text], edits), 'from');
    expect(pieces).toHaveLength(2);
    expect(pieces.map((p) => p.map((e) => e.text).join(''))).toEqual([x, y]);
    expect(pieces[1]!.find((e) => e.op === 'delete')?.text).toBe('成员国重申');
    const [b] = sideEdits(reworded([x, y], [text], edits), 'to');
    expect(b!.filter((e) => e.op === 'insert').map((e) => e.text)).toEqual(['成员国再次重申']);
  });

  it('cutSteps splits a step that straddles a boundary and refuses lengths that do not add up', () => {
    expect(cutSteps([{ op: 'equal', text: 'abcd' }, { op: 'insert', text: 'ef' }], [3, 3])).toEqual([
      [{ op: 'equal', text: 'abc' }],
      [{ op: 'equal', text: 'd' }, { op: 'insert', text: 'ef' }],
    ]);
    expect(cutSteps([{ op: 'equal', text: 'abcd' }], [3, 3])).toBeNull();
  });
});
