import { readFileSync } from 'node:fs';
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanEdits, coarseEdits, diffTokens, type TokenRun, wordEdits } from '../../src/align/edits.js';
import { foldForWords, segmentMany } from '../../src/text/words.js';
import type { WordEdit } from '../../src/types.js';

/** jsdiff-style compact form: equal text as is, [-deleted-] {+inserted+}. */
const show = (edits: readonly WordEdit[]) => edits.map((e) => (e.op === 'equal' ? e.text : e.op === 'delete' ? `[-${e.text}-]` : `{+${e.text}+}`)).join('');
const side = (edits: readonly WordEdit[], op: 'delete' | 'insert') => edits.filter((e) => e.op !== (op === 'delete' ? 'insert' : 'delete')).map((e) => e.text).join('');

describe('wordEdits', () => {
  it('shows a verb swap as one whole-word replacement', () => {
    expect(show(wordEdits('成员国支持上合组织秘书处的工作。', '成员国注意到上合组织秘书处的工作。'))).toBe('成员国[-支持-]{+注意到+}上合组织秘书处的工作。');
  });

  it('diffs the folded texts: noise never shows', () => {
    expect(show(wordEdits('成員國強調，合作 十分重要。', '成员国指出,合作十分重要。'))).toBe('成员国[-强调-]{+指出+},合作十分重要。');
  });

  it('keeps single spaces between English words', () => {
    expect(show(wordEdits('The Member States  support the work.', 'The Member States note the work.'))).toBe('The Member States [-support-]{+note+} the work.');
  });

  it('never cuts an English or Russian word: a change late in a long word replaces the whole word', () => {
    // SYNTHETIC sentences. The changed stretch was segmented from 8 characters before the change,
    // inside the word: `orga[-nisation-]{+nisations+}`.
    expect(show(wordEdits('The regional organisation met in May.', 'The regional organisations met in May.'))).toBe('The regional [-organisation-]{+organisations+} met in May.');
    expect(show(wordEdits('Транзит через территории государств.', 'Транзит через территорию государств.'))).toBe('Транзит через [-территории-]{+территорию+} государств.');
    // A change early in a long word that ends the sentence: the word ends at its end.
    expect(show(wordEdits('They adopted the interconnectivity', 'They adopted the intraconnectivity'))).toBe('They adopted the [-interconnectivity-]{+intraconnectivity+}');
    // Property: on each side, an edit of two spaced texts starts and ends at a word's edge.
    const edgeOk = (edits: readonly WordEdit[]) => (['delete', 'insert'] as const).every((op) => {
      const pieces = edits.filter((edit) => edit.op === 'equal' || edit.op === op);
      return pieces.every((piece, k) => k === 0 || pieces[k - 1]!.op === piece.op || !/[\p{L}\p{N}]\u0000[\p{L}\p{N}]/u.test(`${pieces[k - 1]!.text.slice(-1)}\u0000${piece.text.slice(0, 1)}`));
    });
    fc.assert(fc.property(
      fc.array(fc.constantFrom('organisation', 'organisations', 'regional', 'territory', 'territories', 'the', 'of', 'cooperation', 'co-operation'), { minLength: 1, maxLength: 12 }),
      fc.array(fc.constantFrom('organisation', 'organisations', 'regional', 'territory', 'territories', 'the', 'of', 'cooperation', 'co-operation'), { minLength: 1, maxLength: 12 }),
      (a, b) => edgeOk(wordEdits(a.join(' '), b.join(' '))),
    ), { numRuns: 300 });
  });

  it('reads well: no confetti of tiny equal runs when a phrase is rewritten', () => {
    const edits = wordEdits('成员国高度评价俄罗斯联邦轮值主席国工作。', '成员国积极支持哈萨克斯坦共和国主席国工作。');
    const middle = edits.slice(1, -1);
    expect(middle.every((e) => e.op !== 'equal')).toBe(true);
    expect(edits.filter((e) => e.op === 'equal')).toHaveLength(2);
  });

  it('always rebuilds both folded texts', () => {
    const before = '为此，成员国认为，应继续深化交通领域合作，包括建设新的国际交通走廊。';
    const after = '成员国强调，应继续深化交通、能源领域合作。成员国支持建设新的国际交通走廊。';
    const edits = wordEdits(before, after);
    expect(side(edits, 'delete')).toBe(foldForWords(before));
    expect(side(edits, 'insert')).toBe(foldForWords(after));
  });

  it('falls back to a coarse diff above the token cap, fast for two long unrelated clauses', () => {
    const long = (word: string, n: number) => Array.from({ length: n }, (_, k) => `${word}${k % 10}`).join('，');
    const a = long('成员国强调', 4000);
    const b = long('各方指出合作', 4000);
    const started = performance.now();
    const capped = wordEdits(a, b, { maxDiffTokens: 2000 });
    const uncapped = wordEdits(a.slice(0, 6000), b.slice(0, 6000), { maxDiffTokens: 1e9 });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(capped.filter((e) => e.op !== 'equal')).toHaveLength(2);
    expect(side(uncapped, 'insert')).toBe(foldForWords(b.slice(0, 6000)));
  });
});

describe('coarseEdits and cleanEdits', () => {
  it('coarse: common prefix and suffix around one delete and one insert', () => {
    expect(coarseEdits('abcXYdef', 'abcZdef')).toEqual([
      { op: 'equal', text: 'abc' },
      { op: 'delete', text: 'XY' },
      { op: 'insert', text: 'Z' },
      { op: 'equal', text: 'def' },
    ]);
  });

  it('clean: short equal runs between edits fold into them, neighbours coalesce', () => {
    const raw: WordEdit[] = [
      { op: 'equal', text: '成员国' },
      { op: 'delete', text: '高度' },
      { op: 'insert', text: '积极' },
      { op: 'equal', text: '的' },
      { op: 'delete', text: '评价' },
      { op: 'insert', text: '支持' },
      { op: 'equal', text: '工作' },
    ];
    expect(show(cleanEdits(raw))).toBe('成员国[-高度的评价-]{+积极的支持+}工作');
  });
});

/** What `diffTokens` stands for: jsdiff's Myers diff of the token lists, as runs. */
function jsdiffRuns(a: string[], b: string[], maxEditLength: number): TokenRun[] | undefined {
  return diffArrays(a, b, { maxEditLength })?.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
    tokens: change.value.length,
  }));
}

/** The cleaned word edits of token runs, framed by equal context as wordEdits frames them. */
const cleaned = (runs: TokenRun[] | undefined) => runs && cleanEdits([{ op: 'equal', text: '<' }, ...runs, { op: 'equal', text: '>' }]);

/** Both token lists of a pair: `a`, and `a` with one stretch replaced, then maybe a second. */
const tokenPairs = (alphabet: string[]) => {
  const tokens = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 });
  const splice = fc.tuple(fc.nat(), fc.nat({ max: 4 }), tokens.map((list) => list.slice(0, 5)));
  const apply = (list: string[], [at, count, inserted]: [number, number, string[]]) => {
    const k = list.length === 0 ? 0 : at % (list.length + 1);
    return [...list.slice(0, k), ...inserted, ...list.slice(k + count)];
  };
  return fc.oneof(
    fc.tuple(tokens, tokens),
    fc.tuple(tokens, splice).map(([a, edit]) => [a, apply(a, edit)] as [string[], string[]]),
    fc.tuple(tokens, splice, splice).map(([a, one, two]) => [a, apply(apply(a, one), two)] as [string[], string[]]),
  );
};

describe('diffTokens', () => {
  it('gives the cleaned edits of jsdiff, and gives up where jsdiff does', () => {
    for (const alphabet of [['a', 'b'], ['成员', '国', '、', '的', '合作', 'x']]) {
      fc.assert(
        fc.property(tokenPairs(alphabet), fc.nat({ max: 12 }), ([a, b], maxEditLength) => {
          expect(cleaned(diffTokens(a, b, maxEditLength))).toEqual(cleaned(jsdiffRuns(a, b, maxEditLength)));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('takes the same path as jsdiff when tokens are only added or only removed', () => {
    const alphabet = ['a', 'b', '、'];
    const sublist = fc.tuple(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }), fc.array(fc.boolean(), { maxLength: 14 }));
    fc.assert(
      fc.property(sublist, ([longer, keep]) => {
        const shorter = longer.filter((_, k) => keep[k] ?? true);
        expect(diffTokens(shorter, longer, 400)).toEqual(jsdiffRuns(shorter, longer, 400));
        expect(diffTokens(longer, shorter, 400)).toEqual(jsdiffRuns(longer, shorter, 400));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with jsdiff on the words of reworded sentences of the real seed', () => {
    const seed = readFileSync(new URL('../../fixtures/seed-2020-moscow.txt', import.meta.url), 'utf8');
    const sentences = foldForWords(seed).split('。').filter((sentence) => sentence.length > 4).slice(0, 200);
    const rewordings = sentences.flatMap((sentence, k) => {
      const other = sentences[(k * 7 + 3) % sentences.length]!;
      const cut = (sentence.length * 2) >> 2;
      return [
        [sentence, sentence.slice(0, cut) + other.slice(0, 6) + sentence.slice(cut)],
        [sentence, sentence.slice(0, cut) + sentence.slice(cut + 3)],
        [sentence, sentence.slice(0, cut) + other.slice(2, 9) + sentence.slice(cut + 4)],
        [sentence, other],
      ];
    });
    const tokens = segmentMany(rewordings.flat());
    rewordings.forEach((_, k) => {
      const a = tokens[2 * k]!;
      const b = tokens[2 * k + 1]!;
      expect(cleaned(diffTokens(a, b, 400))).toEqual(cleaned(jsdiffRuns(a, b, 400)));
    });
  });
});
