import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateLine } from '../../../src/ingest/repair/dates.js';
import { looksLikeHeading, promoteHeadings } from '../../../src/ingest/repair/promote-headings.js';
import { signatoryLine } from '../../../src/ingest/repair/signatures.js';

describe('looksLikeHeading', () => {
  it.each(['安全合作', '一、政治合作', '1. Test section one', '上海合作组织成员国元首理事会莫斯科宣言'])('%s is a heading', (text) => {
    expect(looksLikeHeading(text)).toBe(true);
  });

  it.each(['成员国支持进一步扩大本组织同其他国际和地区组织的交往。', '成员国认为：', '2020年11月10日', '俄罗斯联邦总统\t普京', '俄罗斯联邦总统　普京', '12345', '第一行\n第二行', '成员国支持进一步扩大本组织同其他国际和地区组织的交往并且成员国支持进一步扩大本组织同其他国际'])('%j is not', (text) => {
    expect(looksLikeHeading(text)).toBe(false);
  });
});

describe('promoteHeadings', () => {
  it('turns heading-shaped paragraphs into depth-2 headings and leaves the rest', () => {
    expect(promoteHeadings([{ kind: 'paragraph', text: '安全合作' }, { kind: 'paragraph', text: '正文。' }])).toEqual([
      { kind: 'heading', depth: 2, text: '安全合作' },
      { kind: 'paragraph', text: '正文。' },
    ]);
  });

  it('leaves the last block a paragraph: a truncated last line is text, not a heading with nothing under it', () => {
    const blocks = [{ kind: 'paragraph' as const, text: '正文。' }, { kind: 'paragraph' as const, text: '成员国强调，加强能源和工业领' }];
    expect(promoteHeadings(blocks)).toEqual(blocks);
  });
});

describe('looksLikeHeading counts code points as the spread did', () => {
  /** The shape test as it was, splitting the line into code points (the reference). */
  function reference(text: string): boolean {
    const line = text.trim();
    if (!line || line.length > 200 || line.includes('\n') || line.includes('\t')) return false;
    if ([...line].length > (/\p{Script=Han}/u.test(line) ? 40 : 100)) return false;
    if (/[。．.！!？?；;，,：:、…”"’']$/u.test(line)) return false;
    if (!/[\p{L}]/u.test(line)) return false;
    if (dateLine(line) || signatoryLine(line)) return false;
    return true;
  }

  it('on lines around the limits, with astral characters and lone surrogates', () => {
    const unit = fc.constantFrom('合', '作', 'a', 'Б', ' ', '𠀀', '😀', '\ud800', '\udc00', '。', '1', '-', '．', '.', '！', '?', '；', ',', '：', '、', '…', '”', '"', '’', "'", '」');
    fc.assert(fc.property(fc.array(unit, { minLength: 0, maxLength: 220 }), (units) => {
      const text = units.join('');
      expect(looksLikeHeading(text)).toBe(reference(text));
    }), { numRuns: 5000 });
  });
});
