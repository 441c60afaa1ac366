import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { prepareMdast } from '../../src/ingest/mdast-chrome.js';
import { mdastToBlocks } from '../../src/tree/blocks.js';

const blocks = (markdown: string) => mdastToBlocks(prepareMdast(unified().use(remarkParse).parse(markdown)));

describe('prepareMdast', () => {
  it('removes navigation bars and breadcrumbs made of links, keeps text with a link in it', () => {
    expect(blocks('[首页](#) [外交部](#) [资料](#)\n\n[首页](#) > [欧洲](#) > [文件](#)\n\n- [首页](#)\n- [资料](#)\n\n成员国支持《[联合国宪章](#)》的宗旨和原则。')).toEqual([
      { kind: 'paragraph', text: '成员国支持《联合国宪章》的宗旨和原则。' },
    ]);
  });

  it('turns a short paragraph that is bold throughout into a heading', () => {
    expect(blocks('**安全合作**\n\n**成员国强调，必须加强合作。**')).toEqual([
      { kind: 'heading', depth: 2, text: '安全合作' },
      { kind: 'paragraph', text: '成员国强调，必须加强合作。' },
    ]);
  });
});
