import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { htmlToMdastDropping } from '../../src/ingest/html.js';
import { prepareMdastDropping } from '../../src/ingest/mdast-chrome.js';
import { mdastToBlocks } from '../../src/tree/blocks.js';

/** What the raw HTML reader takes from a page: its blocks and everything dropped. */
async function read(html: string, simpleBlocks: boolean, sliceChildren = Infinity) {
  const { root, dropped } = await htmlToMdastDropping(html, { simpleBlocks, sliceChildren });
  const prepared = prepareMdastDropping(root as Root);
  return { blocks: mdastToBlocks(prepared.root), dropped: [...dropped, ...prepared.dropped] };
}

/** The text of the HTML fixtures: the seed's two renderings and four page shapes. */
function htmlFixtures(): string[] {
  const root = join(import.meta.dirname, '..', '..', 'fixtures', 'renderings');
  return ['2020-moscow.utf8.html', '2020-moscow.gbk.html', 'shapes/en-2020-moscow.html', 'shapes/zh-visit-counter.html', 'shapes/ru-tass-stamps.html', 'shapes/zh-tianjin-2025.html'].map((name) => decodeBytes(readFileSync(join(root, name))).text);
}

/** Text of paragraphs: CJK and Latin, whitespace of every kind at the ends and inside, entities, source line breaks. */
const TEXTS = [
  '成员国强调，加强合作十分重要。', ' 前后空格 ', '\n  成员国指出，\n  合作十分重要。\n', 'The member states\n   noted it.', '\t制表\t', '\u000b竖制表\u000b', '&nbsp;不换行空格&nbsp;', '&amp; &lt;b&gt;', '', ' ', '\n', '\u3000\u3000全角缩进。',
  '2020年11月10日', '莫斯科', '一、安全合作', 'a  b', '&#x2028;分隔',
];

/** Leaves: simple paragraphs and headings, and what is not simple (inline markup, breaks, attributes rehype-remark heeds). */
const leaf = fc.oneof(
  fc.constantFrom(...TEXTS).map((text) => `<p>${text}</p>`),
  fc.tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(...TEXTS)).map(([level, text]) => `<h${level}>${text}</h${level}>`),
  fc.constantFrom(...TEXTS).map((text) => `<p class="x" id="y">${text}</p>`),
  fc.constantFrom(
    '<p><strong>安全合作</strong></p>', '<p>甲<br>乙</p>', '<p>文字<a href="/x">链接</a></p>', '<p><a href="/">首页</a> &gt; <a href="/n">新闻</a></p>', '<p data-mdast="ignore">忽略</p>',
    '<p><!-- 注释 -->文字</p>', '<p>甲<span>乙</span></p>', '<p></p>', '<h2></h2>', '<div>块中文字</div>', '<div class="info">2020-11-10</div>', '<ul><li>项</li><li><p>段</p></li></ul>',
    '<ol><li><p>第一</p><p>续</p></li></ol>', '<blockquote><p>引文</p></blockquote>', '<pre>  预排\n  格式</pre>', '<table><tr><td><p>格</p></td></tr></table>', '<img src="a.png" alt="图">', '<hr>',
    '<br>', '裸文字', ' ', '\n  ', '<span>行内</span>', '<nobr><p>不断行</p></nobr>', '<textarea>文本框</textarea>', '<nav><p>导航</p></nav>', '<div class="breadcrumb"><p>首页 &gt; 新闻</p></div>',
    '<p>\uE0001</p>',
  ),
);

/** Containers, some passing flow content through, some not. */
const CONTAINERS = ['div', 'article', 'section', 'main', 'header', 'footer', 'center', 'span', 'li', 'blockquote', 'td', 'pre', 'nobr', 'a', 'strong', 'aside', 'div data-mdast="ignore"', 'div class="content"', 'div id="footer"'];

const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('container')),
  container: fc.tuple(fc.constantFrom(...CONTAINERS), fc.array(fc.oneof(tie('tree'), fc.constantFrom('\n', '\n  ', ' ')), { maxLength: 8 })).map(([open, children]) => `<${open}>${children.join('')}</${open.split(' ')[0]}>`),
}));

describe('takeSimpleBlocks', () => {
  it('reads random pages as rehype-remark reads them whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(tree, fc.constantFrom('\n', '  ')), { maxLength: 12 }), fc.boolean(), async (parts, document) => {
        const body = parts.join('');
        const html = document ? `<!DOCTYPE html><html><head><title>t</title></head><body>\n${body}\n</body></html>` : `<div>${body}</div>`;
        expect(await read(html, true)).toEqual(await read(html, false));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('reads every HTML fixture as rehype-remark reads it whole', async () => {
    for (const html of htmlFixtures()) expect(await read(html, true)).toEqual(await read(html, false));
  });

  it('makes plain paragraphs and headings itself, in their place among the rest', async () => {
    const html = '<html><body><article>\n  <h1> 宣言\n</h1>\n  <p>第一段。</p>\n  <p>第二\n  段。</p>\n<ul><li>项</li></ul>\n<p>第三段。</p></article></body></html>';
    const { root } = await htmlToMdastDropping(html);
    expect(mdastToBlocks(root as Root)).toEqual([
      { kind: 'heading', depth: 1, text: '宣言' },
      { kind: 'paragraph', text: '第一段。' },
      { kind: 'paragraph', text: '第二段。' },
      { kind: 'paragraph', text: '项' },
      { kind: 'paragraph', text: '第三段。' },
    ]);
  });
});

describe('toMdastInSlices', () => {
  it('reads random pages in slices of 1 to 3 children as whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(tree, fc.constantFrom('\n', '  ')), { maxLength: 12 }), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 3 }), async (parts, document, simpleBlocks, size) => {
        const body = parts.join('');
        const html = document ? `<!DOCTYPE html><html><head><title>t</title></head><body>\n${body}\n</body></html>` : `<div><h1>头</h1><div>${body}</div><p>尾</p></div>`;
        expect(await read(html, simpleBlocks, size)).toEqual(await read(html, simpleBlocks));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('does not slice inside an element rehype-remark ignores (found by the property above, seed -1667135061)', async () => {
    const html = '<div><img src="a.png" alt="图"><div data-mdast="ignore"><p>成员国强调，加强合作十分重要。</p>\n<h1>标题</h1><p class="x">成员国指出。</p></div><strong></strong></div>';
    expect(await read(html, false, 1)).toEqual(await read(html, false));
  });

  it('reads every HTML fixture in slices of 2 children as whole', async () => {
    for (const html of htmlFixtures()) expect(await read(html, true, 2)).toEqual(await read(html, true));
  });
});
