import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightLine } from '../../src/render/ui/highlight.js';
import { defaultFold } from '../../src/render/ui/model.js';
import { foldText } from '../../src/text/fold.js';

const fold = (text: string) => foldText(text).toLowerCase();

describe('highlightLine', () => {
  it('marks every match, across segments, folded (Traditional finds Simplified, case and width ignored)', () => {
    const line = highlightLine([{ text: '成员国支持阿富', tone: 'plain' }, { text: '汗和平进程，阿富汗。', tone: 'insert' }], fold('阿富汗'), fold);
    expect(line.filter((segment) => segment.tone === 'match').map((segment) => segment.text)).toEqual(['阿富汗', '阿富汗']);
    expect(highlightLine([{ text: '支持阿富汗', tone: 'plain' }], fold('阿富汗'), fold)[1]).toEqual({ text: '阿富汗', tone: 'match' });
    expect(highlightLine([{ text: 'The SCO Ｃharter', tone: 'plain' }], defaultFold('sco c'), defaultFold).filter((s) => s.tone === 'match')).toEqual([{ text: 'SCO Ｃ', tone: 'match' }]);
    expect(highlightLine([{ text: '隨著合作', tone: 'plain' }], fold('随着'), fold)[0]).toEqual({ text: '隨著', tone: 'match' });
  });

  it('keeps the text: joining the segments gives the line back (property)', () => {
    fc.assert(fc.property(fc.array(fc.record({ text: fc.string({ unit: fc.constantFrom('阿', '富', '汗', 'a', 'B', ' ', '，') }), tone: fc.constantFrom('plain', 'insert') as fc.Arbitrary<'plain' | 'insert'> })), fc.constantFrom('阿富', 'ab', '汗'), (line, query) => {
      const out = highlightLine(line, fold(query), fold);
      expect(out.map((s) => s.text).join('')).toBe(line.map((s) => s.text).join(''));
    }));
  });
});
