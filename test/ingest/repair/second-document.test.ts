import { describe, expect, it } from 'vitest';
import { cutSecondDocument } from '../../../src/ingest/repair/second-document.js';
import type { Block } from '../../../src/tree/blocks.js';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text, depth: 1 });

// SYNTHETIC pages: a declaration, then a second document of the same summit on the same page.
describe('cutSecondDocument', () => {
  const declaration = [p('示例组织成员国领导人举行会议，并发表宣言如下：'), h('一、安全合作'), p('成员国支持示例合作。')];

  it('ends the declaration where another document\'s title begins, and lists that document as another-document', () => {
    for (const title of [h('示例组织成员国元首理事会会议新闻公报'), p('示例组织成员国元首理事会会议新闻公报'), h('Joint Statement of the Example Council'), p('Заявление Совета глав государств — членов Примерной организации')]) {
      // Its text need not end like a sentence (a copy's note in brackets).
      const rest = [title, p('成员国元首以视频方式举行会议，就示例组织的发展交换了意见（示例文本）'), p('成员国交换了意见。')];
      const result = cutSecondDocument([...declaration, ...rest], '示例组织成员国元首理事会示例宣言');
      expect(result.blocks, title.text).toEqual(declaration);
      expect(result.dropped, title.text).toEqual(rest.map((block) => ({ text: block.text, reason: 'another-document' })));
    }
  });

  it('keeps a heading or a sentence that only mentions a document, the title repeated, and a title with nothing after it', () => {
    const kept = [
      ...declaration,
      p('成员国欢迎今日发表的关于示例问题的声明。'),
      h('二、关于示例合作'),
      p('成员国支持示例合作。'),
      p('示例组织成员国元首理事会示例宣言'),
      p('成员国支持示例合作。'),
      p('成员国元首签署了示例声明'),
    ];
    expect(cutSecondDocument(kept, '示例组织成员国元首理事会示例宣言')).toEqual({ blocks: kept, dropped: [] });
    // Before the text has begun, a second title is the page's, not a second document.
    const early = [p('示例组织成员国元首理事会会议新闻公报'), ...declaration];
    expect(cutSecondDocument(early, '示例组织成员国元首理事会示例宣言').blocks).toEqual(early);
  });
});

describe('a page with a declaration and its communiqué (SYNTHETIC)', () => {
  it('imports the declaration only, and lists the communiqué as another-document', async () => {
    const { importReport } = await import('../../../src/ingest/report.js');
    const page = [
      '示例组织成员国元首理事会示例宣言', '',
      '2031年6月1日，示例组织成员国领导人举行元首理事会会议，并发表宣言如下：', '',
      '成员国支持示例合作。', '',
      '示例组织成员国元首理事会会议新闻公报', '',
      '2031年6月1日，示例组织成员国元首理事会会议以视频方式举行。', '',
      '成员国元首就本组织发展交换了意见。', '',
    ].join('\n');
    const report = await importReport(new TextEncoder().encode(page), { source: 'synthetic.txt' });
    const clauses = report.declaration.preamble.concat(report.declaration.sections.flatMap((section) => section.clauses));
    expect(clauses).toEqual(['2031年6月1日，示例组织成员国领导人举行元首理事会会议，并发表宣言如下：', '成员国支持示例合作。']);
    expect(report.dropped.filter((line) => line.reason === 'another-document').map((line) => line.text)).toEqual([
      '示例组织成员国元首理事会会议新闻公报', '2031年6月1日，示例组织成员国元首理事会会议以视频方式举行。', '成员国元首就本组织发展交换了意见。',
    ]);
  });
});
