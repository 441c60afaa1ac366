import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { fitCells, fitTitles, type Segment, wrapSegments } from '../../src/render/ui/text-cells.js';
import { cellWidth, loadCellWidths } from '../../src/render/width.js';

const text = (lines: Segment[][]): string[] => lines.map((line) => line.map((segment) => segment.text).join(''));

describe('terminal cells', () => {
  // As the review command does before the UI starts.
  beforeAll(loadCellWidths);

  it('counts CJK characters as two cells', () => {
    expect(cellWidth('成员国')).toBe(6);
    expect(cellWidth('SCO 成员国')).toBe(10);
  });

  it('fits text to an exact width, cutting with … and padding', () => {
    expect(fitCells('成员国强调', 7)).toBe('成员国…');
    expect(cellWidth(fitCells('成员国强调', 7))).toBe(7);
    expect(fitCells('成员', 7)).toBe('成员   ');
    expect(fitCells('abc', 0)).toBe('');
  });

  it('measures like string-width (what Ink uses) and always fits exactly (property)', () => {
    const piece = fc.constantFrom('成员国', '，', '。', '《', 'SCO', ' ', '𠀋', 'é', 'e\u0301', '😀', '한국', '\u200B', '↷', '（合成修订版）');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (pieces, width) => {
      const source = pieces.join('');
      expect(cellWidth(source)).toBe(stringWidth(source));
      expect(stringWidth(fitCells(source, width))).toBe(width);
    }), { numRuns: 300 });
  });

  it('cuts common text where the grapheme-by-grapheme cut does (property)', () => {
    // The cut as it was before common text skipped the grapheme segmenter, as the oracle.
    const byGraphemes = (source: string, width: number): string => {
      const head = source.slice(0, width + 1);
      const full = cellWidth(head);
      if (head.length === source.length && full <= width) return source + ' '.repeat(width - full);
      let out = '';
      let used = 0;
      for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(head)) {
        const w = cellWidth(segment);
        if (used + w > width - 1) break;
        out += segment;
        used += w;
      }
      return `${out}…${' '.repeat(Math.max(0, width - 1 - used))}`;
    };
    const piece = fc.constantFrom('成员国', '，', '。', '《', 'SCO', ' ', 'é', 'Россия', '↷', '（合成修订版）', '—', 'e\u0301', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 60 }), (pieces, width) => {
      const source = pieces.join('');
      expect(fitCells(source, width)).toBe(byGraphemes(source, width));
    }), { numRuns: 500 });
  });

  it('wraps CJK anywhere and carries Latin words whole', () => {
    expect(text(wrapSegments([{ text: '上海合作组织成员国', tone: 'plain' }], 8))).toEqual(['上海合作', '组织成员', '国']);
    expect(text(wrapSegments([{ text: 'the Shanghai Cooperation Organisation', tone: 'plain' }], 20))).toEqual(['the Shanghai', 'Cooperation', 'Organisation']);
    expect(text(wrapSegments([{ text: 'a\nb', tone: 'plain' }], 20))).toEqual(['a', 'b']);
  });

  it('never starts a line with closing punctuation, whatever the tone of the segment it ends', () => {
    // The side-by-side view drew a wording diff's final full stop alone on a line.
    const segments: Segment[] = [
      { text: 'the Belt and Road Initiative', tone: 'plain' },
      { text: ' and the Greater Eurasian Partnership', tone: 'insert' },
      { text: '.', tone: 'plain' },
    ];
    const lines = wrapSegments(segments, 47);
    expect(text(lines)).toEqual(['the Belt and Road Initiative and the Greater', 'Eurasian Partnership.']);
    expect(lines[1]).toEqual([{ text: 'Eurasian Partnership', tone: 'insert' }, { text: '.', tone: 'plain' }]);
    expect(text(wrapSegments([{ text: '成员国强调合作十分重要。', tone: 'plain' }], 22))).toEqual(['成员国强调合作十分重', '要。']);
  });

  it('never exceeds the width and loses no character but break spaces (property)', () => {
    const piece = fc.constantFrom('成员国', '强调', '，', ' ', 'SCO', 'initiative', '《宪章》', 'a', '😀');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 2, max: 40 }), (pieces, width) => {
      const source = pieces.join('');
      const lines = wrapSegments([{ text: source, tone: 'insert' }], width);
      for (const line of text(lines)) expect(cellWidth(line)).toBeLessThanOrEqual(width);
      expect(text(lines).join('').replace(/ /g, '')).toBe(source.replace(/ /g, ''));
    }), { numRuns: 300 });
  });

  it('fits two titles that share a beginning by their ends, so that a narrow header still tells them apart', () => {
    const a = '上海合作组织成员国元首理事会莫斯科宣言';
    const b = '上海合作组织成员国元首理事会莫斯科宣言（合成修订版）';
    expect(fitTitles(a, b, 80)).toEqual([fitCells(a, 80), fitCells(b, 80)]);
    expect(fitTitles(a, b, 30)).toEqual([fitCells('…莫斯科宣言', 30), fitCells('…莫斯科宣言（合成修订版）', 30)]);
    for (const title of fitTitles(a, b, 12)) expect(cellWidth(title)).toBe(12);
    // Titles without a common beginning are cut at the end as before.
    const [x, y] = ['Joint Statement of the Example Forum', 'Declaration of the Example Forum'];
    expect(fitTitles(x, y, 12)).toEqual([fitCells(x, 12), fitCells(y, 12)]);
  });
});
