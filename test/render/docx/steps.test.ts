import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutRuns, exactSteps, replacementSteps } from '../../../src/render/docx/steps.js';

const joined = (steps: ReturnType<typeof replacementSteps>, side: 'from' | 'to') => steps.map((step) => step[side]).join('');

describe('exact steps', () => {
  it('replacementSteps gives back both texts, never cutting a surrogate pair', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }), (x, y, shared) => {
      for (const [a, b] of [[x, y], [shared + x, shared + y], [x + shared, y + shared]] as const) {
        const steps = replacementSteps(a, b);
        expect(joined(steps, 'from')).toBe(a);
        expect(joined(steps, 'to')).toBe(b);
        for (const step of steps) for (const text of [step.from, step.to]) expect(text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      }
    }));
  });

  it('tracks numbering added to a heading as one insertion, a rename word by word', () => {
    expect(exactSteps(['安全合作'], ['一、安全合作'])).toEqual([{ op: 'insert', from: '', to: '一、' }, { op: 'equal', from: '安全合作', to: '安全合作' }]);
    const renamed = exactSteps(['经贸合作'], ['四、经济合作']);
    expect(joined(renamed, 'from')).toBe('经贸合作');
    expect(joined(renamed, 'to')).toBe('四、经济合作');
    expect(renamed.some((step) => step.op === 'equal' && step.to.includes('合作'))).toBe(true);
  });

  it('cutRuns cuts at the counted lengths and keeps what does not count with the piece it follows', () => {
    const runs = [{ text: 'abc', mark: 'none' as const }, { text: 'XY', mark: 'del' as const }, { text: 'de', mark: 'ins' as const }];
    expect(cutRuns(runs, [2, 3], (mark) => mark !== 'del')).toEqual([
      [{ text: 'ab', mark: 'none' }],
      [{ text: 'c', mark: 'none' }, { text: 'XY', mark: 'del' }, { text: 'de', mark: 'ins' }],
    ]);
    expect(cutRuns(runs, [2, 2], (mark) => mark !== 'del')).toBeNull();
  });
});
