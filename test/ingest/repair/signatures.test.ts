import { describe, expect, it } from 'vitest';
import { extractSignatures, signatoryLine } from '../../../src/ingest/repair/signatures.js';
import type { Block } from '../../../src/tree/blocks.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });

describe('signatoryLine', () => {
  it('reads `office name` lines separated by a tab, U+3000 or spaces', () => {
    expect(signatoryLine('印度共和国总理\t莫迪')).toBe('印度共和国总理 莫迪');
    expect(signatoryLine('吉尔吉斯共和国代总统、总理\u3000\u3000扎帕罗夫')).toBe('吉尔吉斯共和国代总统、总理 扎帕罗夫');
    expect(signatoryLine('巴基斯坦伊斯兰共和国總理 伊姆兰·汗')).toBe('巴基斯坦伊斯兰共和国總理 伊姆兰·汗');
    expect(signatoryLine('President of the Example Republic   A. Sample')).toBe('President of the Example Republic A. Sample');
  });

  it('rejects clauses and headings', () => {
    expect(signatoryLine('成员国支持进一步扩大本组织同其他国际和地区组织的交往。')).toBeUndefined();
    expect(signatoryLine('安全合作')).toBeUndefined();
    expect(signatoryLine('The President welcomed the decision.')).toBeUndefined();
  });
});

describe('extractSignatures', () => {
  const body = [p('第一段。'), p('最后一段。')];

  it('moves a signature block and the closing date after it into metadata and drops trailing chrome', () => {
    const result = extractSignatures([...body, p('俄罗斯联邦总统\t普京\n中华人民共和国主席\t习近平'), p('2020年11月10日'), p('某网站 首页')]);
    expect(result).toEqual({
      blocks: body, signatories: ['俄罗斯联邦总统 普京', '中华人民共和国主席 习近平'], closingDate: '2020-11-10',
      dropped: [
        { text: '俄罗斯联邦总统\t普京\n中华人民共和国主席\t习近平', reason: 'signature' },
        { text: '2020年11月10日', reason: 'closing-date' },
        { text: '某网站 首页', reason: 'footer' },
      ],
    });
  });

  it('takes signatures as separate blocks (table rows) and a closing date before them', () => {
    const result = extractSignatures([...body, p('二〇二〇年十一月十日于莫斯科'), p('俄罗斯联邦总统\t普京'), p('中华人民共和国主席\t习近平')]);
    expect(result).toEqual({
      blocks: body, signatories: ['俄罗斯联邦总统 普京', '中华人民共和国主席 习近平'], closingDate: '2020-11-10', closingPlace: '莫斯科',
      dropped: [
        { text: '二〇二〇年十一月十日于莫斯科', reason: 'closing-date' },
        { text: '俄罗斯联邦总统\t普京', reason: 'signature' },
        { text: '中华人民共和国主席\t习近平', reason: 'signature' },
      ],
    });
  });

  it('takes a closing date without signatures, and leaves a document without either alone', () => {
    expect(extractSignatures([...body, p('2020年11月10日')]))
      .toEqual({ blocks: body, signatories: [], closingDate: '2020-11-10', dropped: [{ text: '2020年11月10日', reason: 'closing-date' }] });
    expect(extractSignatures(body)).toEqual({ blocks: body, signatories: [], dropped: [] });
  });

  it('takes a closing place-and-date line with a long place name, and the place it names (SYNTHETIC lines)', () => {
    const cases: Array<[string, string, string]> = [
      ['г. Самарканд, 16 сентября 2022 года', '2022-09-16', 'Самарканд'],
      ['Екатеринбург, 16 июня 2009 года', '2009-06-16', 'Екатеринбург'],
      ['16 сентября 2022 года, г. Самарканд', '2022-09-16', 'Самарканд'],
      ['Samarkand, 16 September 2022', '2022-09-16', 'Samarkand'],
      ['Done at Samarkand on 16 September 2022', '2022-09-16', 'Samarkand'],
      ['Yekaterinburg, June 16, 2009', '2009-06-16', 'Yekaterinburg'],
      ['2020年11月10日于莫斯科', '2020-11-10', '莫斯科'],
      // Day-first dotted dates, as Russian texts write them.
      ['Moscow, 10.11.2020', '2020-11-10', 'Moscow'],
      ['г. Москва, 10.11.2020', '2020-11-10', 'Москва'],
    ];
    for (const [line, iso, place] of cases) {
      expect(extractSignatures([...body, p(line)]), line).toEqual({
        blocks: body, signatories: [], closingDate: iso, closingPlace: place, dropped: [{ text: line, reason: 'closing-date' }],
      });
      const signed = extractSignatures([...body, p('President of the Example Republic\tA. Sample'), p(line)]);
      expect([signed.closingDate, signed.closingPlace], line).toEqual([iso, place]);
    }
    // A bare date names no place.
    expect(extractSignatures([...body, p('2020年11月10日')]).closingPlace).toBeUndefined();
    // A heading's words around a date are no place: the line is text.
    const heading = [...body, p('Agreement on Example Cooperation of 15 June 2001')];
    expect(extractSignatures(heading)).toEqual({ blocks: heading, signatories: [], dropped: [] });
  });

  it('takes a date line without signatures as the closing date only after the text and before none', () => {
    // SYNTHETIC lines. A short statement dated under its title: the date opens the text, it closes nothing.
    const opening = [p('Synthetic Test Statement'), p('Moscow, 10 November 2020'), p('I. Security'), p('The Member States support the work.')];
    expect(extractSignatures(opening)).toEqual({ blocks: opening, signatories: [], dropped: [] });
    // A date line followed by more of the text is part of the text too.
    const inside = [p('Synthetic Test Statement'), p('The ministers met.'), p('10 November 2020'), p('They agreed on the plan.')];
    expect(extractSignatures(inside)).toEqual({ blocks: inside, signatories: [], dropped: [] });
    // Chrome after a closing date (no sentence) is still dropped.
    expect(extractSignatures([...body, p('2020年11月10日'), p('推荐给朋友')])).toEqual({
      blocks: body, signatories: [], closingDate: '2020-11-10',
      dropped: [{ text: '2020年11月10日', reason: 'closing-date' }, { text: '推荐给朋友', reason: 'navigation' }],
    });
  });

  it('takes `office name` one space apart, and office and name on two lines, only at the end (SYNTHETIC lines)', () => {
    const spaced = ['President of the Example Republic A. Sample', 'Председатель Тестовой Федерации Б. Тестов'];
    expect(extractSignatures([...body, p(spaced.join('\n'))]).signatories).toEqual(spaced);
    // Office and name on two lines, in one block or a block each.
    const twoLines = ['Prime Minister of the Sample Kingdom', 'C. Testov', '样本王国总理', '己庚'];
    expect(extractSignatures([...body, p(twoLines.join('\n'))]).signatories).toEqual(['Prime Minister of the Sample Kingdom C. Testov', '样本王国总理 己庚']);
    const apart = extractSignatures([...body, ...twoLines.map(p), p('2021年3月3日')]);
    expect([apart.blocks, apart.signatories, apart.closingDate]).toEqual([body, ['Prime Minister of the Sample Kingdom C. Testov', '样本王国总理 己庚'], '2021-03-03']);
  });

  it('leaves text alone: lower-case words, a full stop, or a title with one word after it', () => {
    for (const line of [
      'President of the Example Republic welcomed the plan',
      'The Member States thank the President of the Republic A. Sample.',
      'President of the Republic',
      'President Sample',
      'Members of the Example Forum A. Sample',
    ]) expect(extractSignatures([...body, p(line)]), line).toEqual({ blocks: [...body, p(line)], signatories: [], dropped: [] });
  });
});
