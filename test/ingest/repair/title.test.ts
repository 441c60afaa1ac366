import { describe, expect, it } from 'vitest';
import { findTitle } from '../../../src/ingest/repair/title.js';
import type { Block } from '../../../src/tree/blocks.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', depth: 2, text });
const nav = (text: string) => ({ text, reason: 'navigation' });

describe('findTitle', () => {
  it('takes the first heading that names a declaration and drops what precedes it', () => {
    expect(findTitle([h('外交部'), p('搜索'), h('上海合作组织成员国元首理事会莫斯科宣言'), p('正文。')]))
      .toEqual({ title: '上海合作组织成员国元首理事会莫斯科宣言', blocks: [p('正文。')], dropped: [nav('外交部'), nav('搜索')] });
    expect(findTitle([h('Moscow Declaration'), p('Text.')]).title).toBe('Moscow Declaration');
    expect(findTitle([h('Московская декларация'), p('Текст.')]).title).toBe('Московская декларация');
  });

  it('takes a title line that scraping ran into the date line under it, keeping the date as text', () => {
    // SYNTHETIC lines.
    const blocks = [p('Synthetic Test Declaration of the Example Forum\nMoscow, 10 November 2020'), h('I. Security'), p('Text.')];
    expect(findTitle(blocks)).toEqual({
      title: 'Synthetic Test Declaration of the Example Forum',
      blocks: [p('Moscow, 10 November 2020'), h('I. Security'), p('Text.')],
      dropped: [],
    });
    // A title wrapped over two lines is one title.
    expect(findTitle([p('Synthetic Test Declaration of the\nExample Forum'), h('I. Security'), p('Text.')]).title).toBe('Synthetic Test Declaration of the Example Forum');
  });

  it('takes a title paragraph that is not heading-shaped: wrapped over lines, or longer than a heading', () => {
    // Title lines as a page's text may give them; the body lines are SYNTHETIC.
    expect(findTitle([p('上海合作组织成员国元首理事会\n莫斯科宣言'), p('2020-11-10 22:29'), p('正文第一段。'), h('安全合作'), p('正文。')]))
      .toEqual({ title: '上海合作组织成员国元首理事会莫斯科宣言', blocks: [p('2020-11-10 22:29'), p('正文第一段。'), h('安全合作'), p('正文。')], dropped: [] });
    const long = '中华人民共和国和俄罗斯联邦关于在两国建交75周年之际深化新时代全面战略协作伙伴关系的联合声明';
    expect(findTitle([p(long), p('正文第一段。'), h('一、总体'), p('正文。')]).title).toBe(long);
    const english = 'Synthetic Test Declaration of the Council of Heads of State of the Example Forum on Long Titles and Their Wrapping';
    expect(findTitle([p(english), p('The first paragraph.'), h('I. Security'), p('Text.')]).title).toBe(english);
  });

  it('takes a date or a year in brackets off the end of the title; a date becomes a date line under it (SYNTHETIC titles)', () => {
    // The date stayed in the title and the summit had none.
    expect(findTitle([h('上海合作组织成员国元首理事会示例宣言（2031年6月1日）'), p('正文。')])).toEqual({
      title: '上海合作组织成员国元首理事会示例宣言', blocks: [p('2031年6月1日'), p('正文。')],
      dropped: [{ text: '上海合作组织成员国元首理事会示例宣言（2031年6月1日）', reason: 'title-chrome' }],
    });
    expect(findTitle([h('Example Declaration of the Council (10 November 2031)'), p('Text.')]).blocks[0]).toEqual(p('10 November 2031'));
    // A year alone dates nothing: it is only taken off.
    expect(findTitle([h('上海合作组织成员国元首理事会示例宣言 (2031年)'), p('正文。')])).toMatchObject({ title: '上海合作组织成员国元首理事会示例宣言', blocks: [p('正文。')] });
    // Words in brackets are the title's.
    expect(findTitle([h('上海合作组织成员国元首理事会示例宣言（草案）'), p('正文。')]).title).toBe('上海合作组织成员国元首理事会示例宣言（草案）');
  });

  it('drops a page time stamp run into the title paragraph, as chrome', () => {
    expect(findTitle([p('上海合作组织成员国元首理事会莫斯科宣言\n2020-11-10 22:29'), p('正文第一段。')]))
      .toEqual({ title: '上海合作组织成员国元首理事会莫斯科宣言', blocks: [p('正文第一段。')], dropped: [{ text: '2020-11-10 22:29', reason: 'stamp' }] });
  });

  it('takes the title nearest before the text, not a line of page chrome that names another declaration', () => {
    const blocks = [p('外交部'), h('热点专题：上海合作组织成员国元首理事会比什凯克宣言'), h('上海合作组织成员国元首理事会莫斯科宣言'), p('2020-11-10 22:29'), p('正文第一段。')];
    expect(findTitle(blocks)).toEqual({
      title: '上海合作组织成员国元首理事会莫斯科宣言', blocks: [p('2020-11-10 22:29'), p('正文第一段。')],
      dropped: [nav('外交部'), { text: '热点专题：上海合作组织成员国元首理事会比什凯克宣言', reason: 'headline' }],
    });
  });

  it('joins a heading that the page source wrapped without a space between ideographs', () => {
    expect(findTitle([h('上海合作组织成员国元首理事会\n莫斯科宣言'), p('正文。')]).title).toBe('上海合作组织成员国元首理事会莫斯科宣言');
  });

  it('does not take a sentence that names a declaration for the title', () => {
    expect(findTitle([h('会议纪实'), p('成员国领导人发表宣言如下：'), p('正文。')]).title).toBe('会议纪实');
  });

  it('falls back to the first heading when no text precedes it, and to no title without headings', () => {
    expect(findTitle([p('外交部'), h('会议纪实'), p('正文。')])).toEqual({ title: '会议纪实', blocks: [p('正文。')], dropped: [nav('外交部')] });
    expect(findTitle([p('正文。')])).toEqual({ blocks: [p('正文。')], dropped: [] });
  });
});

// SYNTHETIC titles and sentences, in the shapes real pages give them.
describe('findTitle: the line that names the declaration itself', () => {
  it('takes the title line over a news headline and lead above it that mention the declaration', () => {
    const blocks = [
      h('Лидеры стран Примерного форума приняли совместную декларацию'),
      p('ПРИМЕРСК, 18.09.2021 /Примерное агентство/.'),
      p('Агентство публикует полный текст документа.'),
      p('Примерская декларация Примерного форума'),
      p('г. Примерск 17 сентября 2021 года'),
      p('Государства-члены заявляют о следующем.'),
    ];
    const result = findTitle(blocks);
    expect(result.title).toBe('Примерская декларация Примерного форума');
    expect(result.blocks).toEqual(blocks.slice(4));
    expect(result.dropped.map((d) => d.reason)).toEqual(['headline', 'dateline', 'marker']);
  });

  it('removes site prefixes, page-number suffixes, (全文) and quote wrappers; (摘要) marks an excerpt', () => {
    expect(findTitle([h('上海合作组织成员国元首理事会示例宣言(5)'), p('正文。')]).title).toBe('上海合作组织成员国元首理事会示例宣言');
    expect(findTitle([h('上海合作组织成员国元首理事会示例宣言（全文）'), p('正文。')]).title).toBe('上海合作组织成员国元首理事会示例宣言');
    expect(findTitle([h('[Title] Example Declaration of the Synthetic Forum'), p('Text.')]).title).toBe('Example Declaration of the Synthetic Forum');
    expect(findTitle([p('• Example Declaration on the Founding of the Synthetic Forum'), p('The heads of state,'), p('Text.')]).title).toBe('Example Declaration on the Founding of the Synthetic Forum');
    expect(findTitle([h('▪ 示例组织成立宣言'), p('正文。')]).title).toBe('示例组织成立宣言');
    expect(findTitle([h('《上海合作組織成員國元首理事會示例宣言》發表'), p('正文。')]).title).toBe('上海合作組織成員國元首理事會示例宣言');
    const excerpt = findTitle([h('上海合作组织成员国元首理事会示例宣言（摘要）'), p('正文。')]);
    expect(excerpt).toMatchObject({ title: '上海合作组织成员国元首理事会示例宣言', excerpt: true });
    expect(excerpt.dropped).toEqual([{ text: '上海合作组织成员国元首理事会示例宣言（摘要）', reason: 'title-chrome' }]);
  });

  it('never takes a numbered section heading for the title of a page that is only the body', () => {
    const body = [p('成员国领导人举行会议，并发表宣言如下：'), p('第一段。'), h('一、安全合作'), p('正文。')];
    expect(findTitle(body)).toEqual({ blocks: body, dropped: [] });
    for (const heading of ['一', 'I', 'I. Security', '1. CREATION AND DEVELOPMENT OF THE FORUM']) {
      expect(findTitle([h(heading), p('Text.')])).toEqual({ blocks: [h(heading), p('Text.')], dropped: [] });
    }
    // An unnumbered heading after the text has begun is a section too.
    expect(findTitle([p('The leaders declare the following.'), h('Security'), p('Text.')]).title).toBeUndefined();
  });

  it('takes the first of the title repeated, dropping the repeats as duplicates', () => {
    const result = findTitle([h('示例宣言'), p('点击量:'), p('示例宣言'), p('正文。')]);
    expect(result).toEqual({ title: '示例宣言', blocks: [p('点击量:'), p('示例宣言'), p('正文。')], dropped: [] });
  });

  it('takes a labelled title when no line names the declaration, dropping the page lines before the text', () => {
    const result = findTitle([p('Example Database'), p('Politics and Relations'), p('The leaders declare the following.'), h('I. Security'), p('Text.')], '《Example Declaration》');
    expect(result.title).toBe('Example Declaration');
    expect(result.blocks).toEqual([p('The leaders declare the following.'), h('I. Security'), p('Text.')]);
    expect(result.dropped).toEqual([nav('Example Database'), nav('Politics and Relations')]);
  });

  it('takes the title from an opening formula that names the declaration', () => {
    const named = [p('2020年11月10日，成员国领导人举行会议，通过《上海合作组织示例宣言》如下：'), p('正文。')];
    expect(findTitle(named)).toEqual({ title: '上海合作组织示例宣言', blocks: named, dropped: [] });
    const unnamed = [p('2020年11月10日，成员国领导人举行会议，并发表宣言如下：'), p('正文。')];
    expect(findTitle(unnamed).title).toBeUndefined();
  });

  it('drops a news lead above a line announcing the full text on a page with no title line, and takes the name it quotes', () => {
    const lead = [
      p('示例社报道，11月10日，示例组织在示例市举行元首理事会会议，并发表「示例宣言」。'),
      p('「示例宣言」中，成员国重申支持多边合作。'),
    ];
    const marker = p('「示例宣言」全文如下：');
    const body = [h('一'), p('成员国指出，世界正经历深刻变化。'), p('正文。')];
    const result = findTitle([...lead, marker, ...body]);
    expect(result.title).toBe('示例宣言');
    expect(result.blocks).toEqual(body);
    expect(result.dropped).toEqual([nav(lead[0]!.text), nav(lead[1]!.text), { text: marker.text, reason: 'marker' }]);
    // English and Russian say it so too; a marker that quotes no declaration leaves the title absent.
    const english = findTitle([p('The summit ended on Monday.'), p('Below is the full text of the “Example Declaration”:'), p('The leaders declare the following.')]);
    expect(english).toMatchObject({ title: 'Example Declaration', blocks: [p('The leaders declare the following.')] });
    const russian = findTitle([p('Саммит завершился в понедельник.'), p('Агентство публикует полный текст документа.'), p('Руководители заявляют о следующем.')]);
    expect(russian.title).toBeUndefined();
    expect(russian.blocks).toEqual([p('Руководители заявляют о следующем.')]);
    expect(russian.dropped.map((d) => d.reason)).toEqual(['navigation', 'marker']);
    // A clause that merely names a full text announces nothing: the body-only page keeps everything.
    const clause = [p('The leaders met in Examplegrad.'), p('The Member States approved the full text of the Strategy.'), p('Text.')];
    expect(findTitle(clause)).toEqual({ blocks: clause, dropped: [] });
    // A body-only page without such a line keeps everything.
    const plain = [p('成员国领导人举行会议，并发表宣言如下：'), h('一'), p('正文。')];
    expect(findTitle(plain)).toEqual({ blocks: plain, dropped: [] });
  });
});
