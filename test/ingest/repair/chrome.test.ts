import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockKind, chromeReason, dropChrome, isChrome, kindByLines } from '../../../src/ingest/repair/chrome.js';

describe('isChrome', () => {
  it.each([
    '[字体: 大 中 小] 打印本页', '【字體：大 中 小】打印本頁', '打印本页 关闭窗口', '推荐给朋友', '中华人民共和国外交部 版权所有',
    '网站标识码：bm02000004 京ICP备06038296号 京公网安备11040102700114', '联系我们 地址：北京市朝阳区朝阳门南大街2号',
    '首页 > 国家和组织 > 欧洲', '来源：外交部网站', '搜索', 'English Français Español Русский 简体中文 网站无障碍', '2020-11-10 22:29',
  ])('%s is chrome', (text) => {
    expect(isChrome(text)).toBe(true);
  });

  it.each([
    '成员国强调，必须加强合作共同防范和阻止恐怖主义。', '安全合作', '2020年11月10日',
    '成员国重申，将落实2019年6月14日签署的《上合组织成员国政府间媒体合作协议》，深化媒体领域合作，尊重知识产权和版权所有人的合法权益。',
  ])('%s is not chrome', (text) => {
    expect(isChrome(text)).toBe(false);
  });

  it('remembers the date of a publication line as the time stamp too (an English page gave no date at all)', () => {
    for (const [line, stamp] of [
      ['Published 12 October 2021, 10:05', '2021-10-12'],
      // Day-first dotted dates, as Russian and many European sites write them (a Russian page gave no date).
      ['Опубликовано 17.09.2022 10:05', '2022-09-17'],
      ['Обновлено 17.09.2022, 10:05', '2022-09-17'],
      ['Published: 05.07.2023', '2023-07-05'],
      ['Опубликовано: 2022-09-17', '2022-09-17'],
      ['Дата публикации: 17 сентября 2022', '2022-09-17'],
      ['Дата публикации: 17.09.2022 10:05', '2022-09-17'],
      ['Publication date: 5 July 2023', '2023-07-05'],
      ['Date of publication: 05.07.2023', '2023-07-05'],
    ] as const) {
      const result = dropChrome([{ kind: 'paragraph', text: line }, { kind: 'paragraph', text: 'Text.' }]);
      expect(result.stamp, line).toBe(stamp);
      expect(result.dropped).toEqual([{ text: line, reason: 'stamp' }]);
    }
  });

  it('takes no date from a stamp whose day the month does not have', () => {
    for (const line of ['2022-02-30 22:29', '30.02.2022 10:15', '2021年2月29日 07:53', 'Опубликовано 31.04.2022 10:05']) {
      const result = dropChrome([{ kind: 'paragraph', text: line }, { kind: 'paragraph', text: 'Text.' }]);
      expect(result.dropped, line).toEqual([{ text: line, reason: 'stamp' }]);
      expect(result.stamp, line).toBeUndefined();
    }
  });

  it('remembers the first time stamp as a date', () => {
    const result = dropChrome([{ kind: 'paragraph', text: '2020-11-10 22:29' }, { kind: 'paragraph', text: '正文。' }]);
    expect(result).toEqual({
      blocks: [{ kind: 'paragraph', text: '正文。' }], stamp: '2020-11-10', labels: {},
      dropped: [{ text: '2020-11-10 22:29', reason: 'stamp' }],
    });
  });
});

// Furniture lines in the shapes real pages give them; the names and values are SYNTHETIC.
describe('chromeReason: page furniture of many sites', () => {
  it.each([
    ['时间: 来源:外交部 访问量:', 'source'],
    ['时间：2020-11-10 来源：示例网 访问量：123', 'source'],
    ['2020-11-11 09:30 作者:示例 来源:示例网 阅览:88', 'stamp'],
    ['2022年09月17日07:53  来源:示例报', 'stamp'],
    ['2022年9月17日 07:53', 'stamp'],
    ['17.09.2021 10:15', 'stamp'],
    ['新华社记者 张三', 'byline'],
    ['By Jane Example', 'byline'],
    ['Автор: Иван Примеров', 'byline'],
    ['[Title] 上海合作组织成员国元首理事会示例宣言', 'metadata'],
    ['[Place] Example City', 'metadata'],
    ['[Date] 2020-11-10', 'metadata'],
    ['[Source] Example database', 'metadata'],
    ['Updated: 2026-01-12 15:15', 'stamp'],
    ['Обновлено 17.09.2022 08:15', 'stamp'],
    ['Published 5 July 2023, 09:12', 'stamp'],
    ['点击量:', 'stamp'],
    ['Unofficial translation by the Example Secretariat', 'source'],
    ['Home | About Us | Media Center | Contact', 'navigation'],
    ['Теги: ШОС, саммит', 'navigation'],
    // The topics and sections a government site files a document under, after its text (a kremlin.ru-shaped page).
    ['Темы: Внешняя политика · Международные организации', 'navigation'],
    ['Topics: Foreign policy · International organisations', 'navigation'],
    ['Опубликован в разделах: Новости, Документы', 'navigation'],
    ['Published in sections: News, Documents', 'navigation'],
    ['Share: Facebook Twitter Email', 'navigation'],
    ['Related: Ministers meet ahead of the summit', 'navigation'],
    ['Back to the list of documents', 'navigation'],
    ['当前位置:【官网】 > 资讯 > 示例宣言', 'navigation'],
    ['(责任编辑：示例)', 'byline'],
    ['【責任編輯：示例】', 'byline'],
    // The editor credit as news portals abbreviate it, after the text.
    ['(责编：示例、示例)', 'byline'],
    ['（責編：示例）', 'byline'],
    ['基本介紹', 'infobox'],
    ['目錄', 'navigation'],
    ['本作品屬於公有領域（示例頁面）。', 'footer'],
    ['維基文庫，自由的圖書館', 'navigation'],
    ['上一页 1 2 3 4 5', 'navigation'],
    ['[Full text]', 'marker'],
    ['全文', 'marker'],
    ['Total Page:16', 'pdf'],
    ['File Type:pdf, Size:1.2M', 'pdf'],
    ['12', 'pdf'],
    ['- 3 -', 'pdf'],
    ['• 中文名：上海合作组织成员国元首理事会示例宣言', 'infobox'],
    ['• 發布時間：2020年11月10日', 'infobox'],
    // After the text: a page's last update, a wiki's last edit, a print edition's line, a reference
    // list. Each gave the summit its date as a closing date line.
    ['最后更新：2021年6月15日', 'stamp'],
    ['最後更新於 2021-06-15', 'stamp'],
    ['本页面最后修订于2021年3月4日 (星期四) 10:20。', 'footer'],
    ['此頁面最後編輯於2021年3月4日 (星期四) 10:20。', 'footer'],
    ['This page was last edited on 4 March 2021, at 10:20 (UTC).', 'footer'],
    ['Эта страница в последний раз была отредактирована 4 марта 2021 в 10:20.', 'footer'],
    ['《 示例日报 》（ 2020年11月11日 03 版）', 'source'],
    ['《示例日報》(2020年11月11日第3版)', 'source'],
    ['参考资料', 'footer'],
    ['參考文獻', 'footer'],
    ['^ 示例报. 示例报道. 2021-06-15.', 'footer'],
    ['↑ Example Agency. An example report. 15 June 2021.', 'footer'],
    // A news copy's end mark, its bracket bar, an editor's note and a photo caption: each became
    // a heading or a clause.
    ['（完）', 'marker'],
    ['(完)', 'marker'],
    ['【纠错】 【责任编辑：李示例】', 'byline'],
    ['[糾錯] [責任編輯：示例]', 'byline'],
    ['编者按：2031年6月1日，示例组织峰会以视频方式举行，本网刊发宣言全文，供读者参考。以下是示例说明文字，足够长，足以超过一般页面杂项的长度限制，但仍然是编者的话而不是宣言的条款。', 'headline'],
    ['【编者按】示例组织峰会举行。', 'headline'],
    ['图为视频会议现场 示例网记者赵示例摄', 'byline'],
    ['（新华社记者 示例 摄）', 'byline'],
  ])('%s is %s', (text, reason) => {
    expect(chromeReason(text)).toBe(reason);
  });

  it.each([
    '成员国指出，2020年是第二次世界大战胜利75周年和联合国成立75周年。', '一、安全合作', 'I', '1. Creation and development',
    'By the end of the year the member states will meet again.', '2020年11月10日', 'Moscow, 10 November 2020',
    'Темы для обсуждения на следующем заседании', 'Published in sections of the Bulletin of International Treaties',
    '成员国欢迎《示例日报》（2020年11月11日）刊登的文章。', '^',
    '成员国完成了示例程序。', '图书馆合作', '成员国支持为记者提供便利。',
  ])('%s is text', (text) => {
    expect(chromeReason(text)).toBeUndefined();
  });

  it('reads labelled fields before dropping them, and lists every drop with its reason', () => {
    const p = (text: string) => ({ kind: 'paragraph' as const, text });
    const result = dropChrome([p('[Title] 示例宣言'), p('[Place] 示例市'), p('[Date] 2020年11月10日'), p('• 發布時間：2021年9月17日'), p('正文。')]);
    expect(result.labels).toEqual({ title: '示例宣言', place: '示例市', date: '2020-11-10' });
    expect(result.blocks).toEqual([p('正文。')]);
    expect(result.dropped.map((d) => d.reason)).toEqual(['metadata', 'metadata', 'metadata', 'infobox']);
  });

  it('drops chrome lines that a page ran into the start or end of a paragraph, keeping the rest', () => {
    const p = (text: string) => ({ kind: 'paragraph' as const, text });
    const result = dropChrome([p('当前位置:首页 > 新闻\n《示例宣言》发表\n2022-09-19 08:13 作者:示例 来源:示例报'), p('正文。')]);
    expect(result.blocks).toEqual([p('《示例宣言》发表'), p('正文。')]);
    expect(result.dropped.map((entry) => entry.reason)).toEqual(['navigation', 'stamp']);
  });

  it('drops a related-links list or a table of contents with its heading, and what the page runs into it (SYNTHETIC lines)', () => {
    const p = (text: string) => ({ kind: 'paragraph' as const, text });
    // The list was glued into one clause: `· 示例领导人出席…峰会· 上合组织秘书长…`.
    const related = dropChrome([p('正文。'), p('相关新闻：\n· 示例领导人出席示例峰会\n· 示例秘书长接受示例专访')]);
    expect(related.blocks).toEqual([p('正文。')]);
    expect(related.dropped.map((entry) => entry.reason)).toEqual(['navigation']);
    const contents = dropChrome([p('目录\n1 安全合作\n2 经贸合作\n2.1 示例小节'), p('正文。')]);
    expect(contents.blocks).toEqual([p('正文。')]);
    const english = dropChrome([p('Read more:\n• Ministers meet ahead of the example summit\n• An example interview'), p('Text.')]);
    expect(english.blocks).toEqual([p('Text.')]);
    // The items end the list: the text after them stays.
    const glued = dropChrome([p('Contents\n1 Security\n2 Economy\nThe member states met in an example city and declare the following.')]);
    expect(glued.blocks).toEqual([p('The member states met in an example city and declare the following.')]);
    // Bullet lines without a list heading are text (an English list of points).
    const points = [p('The member states agreed:\n• to meet again;\n• to report.')];
    expect(dropChrome(points).blocks).toEqual(points);
    expect(chromeReason('扫一扫在手机打开当前页')).toBe('navigation');
  });

  it('drops the page furniture of a PDF inside a paragraph that a page break cut', () => {
    const p = (text: string) => ({ kind: 'paragraph' as const, text });
    const result = dropChrome([p('成员国倡导在公认的国际法准则\n- 1 -\n的基础上构建多极化世界秩序。')]);
    expect(result.blocks).toEqual([p('成员国倡导在公认的国际法准则\n的基础上构建多极化世界秩序。')]);
    expect(result.dropped).toEqual([{ text: '- 1 -', reason: 'pdf' }]);
  });

  it('drops furniture shaped as a heading, but keeps a heading that only looks like navigation', () => {
    const h = (text: string) => ({ kind: 'heading' as const, depth: 2, text });
    expect(dropChrome([h('2022年09月17日07:53  来源:示例报'), h('首页')]).blocks).toEqual([h('首页')]);
  });
});

describe('blockKind reads a text without whitespace as it is', () => {
  it('as flattening and splitting it (kindByLines) would', () => {
    // Pieces of chrome and of clauses, SYNTHETIC, joined without whitespace.
    const piece = fc.constantFrom('版权所有', '©', '2020-11-10', '22:29', '来源：', '外交部', '首页', '>', '|', '打印', '【', '】', '字体', '大中小',
      'ICP备06038296号', '成员国', '强调', '。', '公有领域', 'Home', 'English', 'Русский', '简体中文', 'title:', '宣言', 'x'.repeat(70), '合作'.repeat(40));
    let chrome = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
      const text = pieces.join('');
      expect(blockKind(text)).toEqual(kindByLines(text));
      if (blockKind(text)) chrome += 1;
    }), { numRuns: 3000 });
    expect(chrome).toBeGreaterThan(100); // the pieces make chrome often enough to be a test
  });
});
