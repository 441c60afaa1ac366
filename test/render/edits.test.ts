import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordEdits } from '../../src/align/edits.js';
import { cutSteps, inlineEdits, sideEdits } from '../../src/render/edits.js';
import { foldForWords } from '../../src/text/words.js';
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

/** The joined text of steps. */
const joinedText = (steps: readonly { text: string }[]): string => steps.map((step) => step.text).join('');

/**
 * Check that the aligner's word diff of `a` → `b` maps back onto both texts as written: the inline
 * redline (equal steps from B) reads as B, each side's own view as that side.
 */
function expectMapsBack(a: string, b: string): Change {
  const change = reworded([a], [b], wordEdits(a, b));
  expect(joinedText(inlineEdits(change).filter((e) => e.op !== 'delete'))).toBe(b);
  expect(joinedText(sideEdits(change, 'from')[0]!)).toBe(a);
  expect(joinedText(sideEdits(change, 'to')[0]!)).toBe(b);
  return change;
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

  it('maps the aligner\'s edits of English text back onto it, spaces after punctuation included', () => {
    // SYNTHETIC sentences, invented for this test.
    const a = 'The Member States note the importance of cooperation against drug trafficking, and stress the role of the United Nations.';
    const b = 'The Member States note the importance of cooperation against drug trafficking and cybercrime, and stress the role of the United Nations.';
    const inline = inlineEdits(expectMapsBack(a, b));
    expect(joinedText(inline.filter((e) => e.op !== 'insert'))).toBe(a);
    expect(inline.filter((e) => e.op === 'insert').map((e) => e.text.trim())).toEqual(['and cybercrime']);
  });

  it('maps the aligner\'s edits of Russian text back onto it', () => {
    // SYNTHETIC sentences, invented for this test.
    const a = 'Государства-члены поддерживают работу, отмечая её значение.';
    const b = 'Государства-члены принимают к сведению работу, отмечая её   значение.';
    expectMapsBack(a, b);
  });

  it('maps edits back onto text where a phrase folds otherwise than its characters alone (著 in 显著, 顯著, 隨著)', () => {
    // 著 alone folds to 着 (Taiwan writes 著 for both), but 显著 and 顯著 keep it: the phrase decides.
    expectMapsBack('成员国指出，合作取得显著成果。', '成员国指出，合作取得了显著成果和著名进展。');
    expectMapsBack('成員國指出，隨著合作取得顯著成果。', '成員國指出，隨著合作取得了顯著成果和「著名」進展。');
    const change = expectMapsBack('成员国指出，合作取得显著成果。', '成员国强调，合作取得显著成果。');
    expect(inlineEdits(change).map((e) => e.text).join('')).toContain('，'); // as written, not folded
  });

  it('maps edits back onto text whose characters fold only together: a letter and its combining accent, emoji sequences', () => {
    // SYNTHETIC sentences. NFKC composes e + U+0301 into é: folded a code point at a time, they do not match.
    const a = 'The States value the A & B partnership and cafe\u0301 culture \u{1F1E8}\u{1F1F3} \u{1F44D}\u{1F3FD}.';
    const b = 'The States value the A & B partnership and cafe\u0301 culture \u{1F1E8}\u{1F1F3} \u{1F44D}\u{1F3FD} today.';
    expectMapsBack(a, b);
  });

  it('cuts a merged English change per A clause, each as written', () => {
    // SYNTHETIC sentences, invented for this test. The aligner gives a merge's clauses as a list.
    const [x, y] = ['The Member States agree on the plan.', 'They note its first results.'];
    const b = 'The Member States agree on the plan, and note its first results.';
    const change = reworded([x, y], [b], wordEdits([x, y], b));
    expect(sideEdits(change, 'from').map((piece) => piece.map((e) => e.text).join(''))).toEqual([x, y]);
    expect(sideEdits(change, 'to')[0]!.map((e) => e.text).join('')).toBe(b);
  });

  it('maps any edits the aligner makes back onto both texts as written (property)', () => {
    // Words of a spaced and an unspaced script, punctuation of both, and runs of several kinds of space.
    const piece = fc.constantFrom('The', 'Member', 'States', 'note', 'Государства', 'работу', '成员国', '支持', '注意到', ',', '.', '，', '。', '(', ')', '-', '2020', ' ', ' ', ' ', '  ', '\u3000', '\t', '\n', 'cafe\u0301', '&', '\u{1F44D}\u{1F3FD}');
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, text, (head, middle, tail) => {
        const a = head + tail;
        const b = head + middle + tail;
        // Clauses are never blank: a side that folds to nothing has no step to hold its spaces.
        fc.pre(foldForWords(a) !== '');
        for (const [x, y] of [[a, b], [b, a]] as const) {
          if (foldForWords(x) === foldForWords(y)) continue;
          expectMapsBack(x, y);
        }
      }),
      { numRuns: 500 },
    );
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
