import { describe, expect, it } from 'vitest';
import { dropHead, dropTitleRepeats, isDateline } from '../../../src/ingest/repair/head.js';
import type { Block } from '../../../src/tree/blocks.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', depth: 2, text });

// SYNTHETIC lines in the shapes real pages give them.
describe('isDateline', () => {
  it.each([
    'г. Примерск 17 сентября 2021 года', 'Moscow, 10 November 2020', '(Astana, 4 July 2024)', '2023年7月4日於新德里',
    '新华社乌兹别克斯坦撒马尔罕9月16日电', '據新華社示例市9月16日電', 'ПРИМЕРСК, 18.09.2021 /Синтетическое агентство/.', 'NEW DELHI, 04.07.2023 /Example Agency/',
    'Examplegrad, November 18th (Example Agency)', 'ПРИМЕРСК, 18 ноября. /Примерное агентство/.',
  ])('%s is a dateline', (text) => {
    expect(isDateline(text)).toBe(true);
  });

  it.each(['November 11, 2020', '2020年11月10日', '成员国领导人于2022年9月16日举行会议。', '一、安全合作'])('%s is not', (text) => {
    expect(isDateline(text)).toBe(false);
  });
});

describe('dropHead', () => {
  const text = p('成员国领导人举行会议，并发表宣言如下：');

  it('drops the title repeated, datelines and a bare publication date between the title and the text, reading the dateline', () => {
    const result = dropHead([p('示例宣言'), p('新华社示例市9月16日电'), p('г. Москва, 10 ноября 2020 года'), p('November 11, 2020'), text, p('示例宣言')], '示例宣言');
    expect(result.blocks).toEqual([text, p('示例宣言')]);
    expect(result.dropped.map((entry) => entry.reason)).toEqual(['duplicate-title', 'dateline', 'dateline', 'stamp']);
    expect(result.dateline).toEqual({ text: 'г. Москва, 10 ноября 2020 года', date: '2020-11-10' });
    expect(result.stamp).toBe('2020-11-11');
  });

  it('drops a line announcing the full text, and stops at the first section heading', () => {
    const blocks = [p('「示例宣言」全文如下：'), h('一、安全合作'), p('2020年11月10日')];
    expect(dropHead(blocks, '示例宣言')).toEqual({ blocks: blocks.slice(1), dropped: [{ text: '「示例宣言」全文如下：', reason: 'marker' }] });
  });

  it('keeps everything when the text starts at once', () => {
    expect(dropHead([text, p('Moscow, 10 November 2020')], undefined)).toEqual({ blocks: [text, p('Moscow, 10 November 2020')], dropped: [] });
  });
});

describe('dropTitleRepeats', () => {
  it('drops the title repeated as a block or as a line inside a paragraph (a PDF running head)', () => {
    const result = dropTitleRepeats([p('第一段\n示例宣言\n的后半。'), h('示例宣言'), p('示例宣言的附件。')], '示例宣言');
    expect(result.blocks).toEqual([p('第一段\n的后半。'), p('示例宣言的附件。')]);
    expect(result.dropped).toEqual([{ text: '示例宣言', reason: 'duplicate-title' }, { text: '示例宣言', reason: 'duplicate-title' }]);
  });
});

describe('dropHead: links', () => {
  it('drops a link naming another declaration between the title and the text', () => {
    const blocks = [p('示例青岛宣言 示例比什凯克宣言'), p('正文。')];
    expect(dropHead(blocks, '示例比什凯克宣言').dropped).toEqual([{ text: '示例青岛宣言 示例比什凯克宣言', reason: 'navigation' }]);
  });
});

describe('dropHead: page lines before the last furniture of the head', () => {
  it('drops an unrecognised line (a site motto) that stands between the title and a dateline', () => {
    const blocks = [p('示例文库，自由的文献馆'), p('2019年6月14日於示例市'), p('正文。')];
    expect(dropHead(blocks, '示例宣言').dropped).toEqual([
      { text: '示例文库，自由的文献馆', reason: 'navigation' }, { text: '2019年6月14日於示例市', reason: 'dateline' },
    ]);
    // Without furniture after it, such a line is text.
    expect(dropHead([p('示例文库，自由的文献馆'), p('正文。')], '示例宣言').dropped).toEqual([]);
  });
});
