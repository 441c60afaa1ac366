import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdownByLines } from '../../src/ingest/markdown-lines.js';
import { prepareMdastDropping } from '../../src/ingest/mdast-chrome.js';
import { mdastToBlocks } from '../../src/tree/blocks.js';
import { parseMarkdown } from '../../src/tree/markdown-parse.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What the raw Markdown reader takes from a tree: its blocks and the link bars it drops. */
const read = (root: Root) => {
  const prepared = prepareMdastDropping(root);
  return { blocks: mdastToBlocks(prepared.root), dropped: prepared.dropped };
};

const LINES = [
  '成员国强调，加强能源和工业领域合作十分重要。', '一、安全合作', '　　成员国注意到塔吉克斯坦共和国的倡议。', 'The member states noted the initiative.',
  '  leading spaces', 'trailing spaces  ', 'one trailing space ', '    four spaces', '\ttab', 'a\ttab inside', '1. first item', '2) second', ' 3. indented',
  '- bullet', '* star', '+ plus', '# heading', '## 二、经济合作', '> quoted', '**bold heading**', '[首页](/) > [新闻](/news)', '===', '---', '***', '<div>',
  '&amp; entity', '2020-2025年合作纲要', 'a = b', 'x > y', 'c+d', 'A|B', '~波浪~', '中#文', '#标签', '#', '####### seven', '- ', '+', 'escaped \\* star', 'under_score', '`code`', '2020年11月10日', '莫斯科', '', '', '', '  ', '\u3000',
  // Escapes: of ASCII punctuation (a character of its own), of a backslash, of other characters (none), at a line's end (a hard break).
  '《2019-2021年\\<构想\\>落实措施计划》', '\\# not a heading', '1\\. not a list', '\\- not a bullet', '\\\\*emphasis*', 'a\\b', 'ends with a backslash\\',
  'escaped backslash at the end\\\\', '\\&amp; not an entity', '\\[not a link\\]', '\\`not code\\`', '\\　全角', '  \\= indented', 'x \\\\  ',
  // Headings: plain, escaped, closed, spaced, empty, with syntax, with U+3000 or a tab in them.
  '## 安全合作', '###   spaced   ', '# 标题 #', '## 中#', '## \\<构想\\>', '## a \\#', '##', '## ', '## *强调*', '###### 六', '## \u3000全角\u3000', '## a\tb', '#\t标签',
  '## [链接](/)', '  ## indented',
  // Text that only looks like syntax: brackets where no link can be made, `<` before what starts no tag, a tab between two characters.
  '[字体：大 中 小] 打印本页', '落实《2019-2021年<上合组织环保合作构想>落实措施计划》', '印度共和国总理\t莫迪', 'a\t\tb', 'a \tb', 'a\t b', 'x\t', '[a] [b]', '[a][b]', ']', '[',
  '< 1', '<1>', '<', 'a <', '<a>', '</b>', '<!x>', '<?x?>', '<http://x.invalid>', '<a@b.invalid>', '<上合>\t[字体] 打印', '[a]\t<b', '\\[a](b)', '[a]\\(b)',
  // Runs of link lines, text lines and brackets; a hard break (two spaces) before the next line.
  '[新闻](/news) > [国际](/world)', '[a](b)  ', '[a](b) ', '  [c](d) > 正文', '[字体](/f) [打印](/p)', '[a](b) [c]', '[a](b)\t<c>', '(b)', '[x](', '[x]', '[a](b)\t[c](d)',
  // Lines of text and links: breadcrumbs read here, the rest left to remark.
  '当前位置：[首页](/) » [外交部](/web/) » 正文', '[Home](https://example.invalid/en/) | News', '  [首页](/)  ', '![图](/a.png)', '[a](u "title")', '[*强调*](/)', '- [首页](/)', '[首页](/)\\',
];

describe('parseMarkdownByLines', () => {
  it('reads any mix of plain lines and Markdown as remark reads it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        expect(read(parseMarkdownByLines(text, parseMarkdown))).toEqual(read(parseMarkdown(text)));
        // As the raw reader calls it: page furniture looked for in the whole tree.
        const { root, dropped } = prepareMdastDropping(parseMarkdownByLines(text, parseMarkdown));
        expect({ blocks: mdastToBlocks(root), dropped }).toEqual(read(parseMarkdown(text)));
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('reads runs of link lines, text and brackets as remark reads them', () => {
    // One paragraph of a few lines: links on one line, text on the next, a hard break, brackets that make no link.
    const pieces = ['[首页](/)', '[新闻](/news) > [国际](/world)', '  [c](d) > 正文', '[a](b)  ', '[a](b) ', '正文', '成员国强调  ', '[字体] 打印', '<构想>', 'a\tb', '[x]', '(y)', '[a](b)\t[c](d)', '*强调*'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 2, maxLength: 5 }), (lines) => {
        const text = lines.join('\n');
        expect(read(parseMarkdownByLines(text, parseMarkdown))).toEqual(read(parseMarkdown(text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('sends remark only the runs with Markdown syntax, in one document with a placeholder line for the plain runs before each', () => {
    const sent: string[] = [];
    const root = parseMarkdownByLines('# 标题\n\n成员国强调，\n  合作十分重要。  \n\n*强调*\n\n最后一段。\n', (markdown) => {
      sent.push(markdown);
      return parseMarkdown(markdown);
    });
    expect(sent).toEqual(['p\n\n*强调*\n']);
    expect(mdastToBlocks(root).map((block) => block.text)).toEqual(['标题', '成员国强调，\n合作十分重要。', '强调', '最后一段。']);
  });

  it('reads a breadcrumb of plain links itself, as remark would', () => {
    const sent: string[] = [];
    const text = '[首页](https://example.invalid/) > [新闻](https://example.invalid/news)\n\n# 宣言\n\n段落。\n';
    const root = parseMarkdownByLines(text, (markdown) => {
      sent.push(markdown);
      return parseMarkdown(markdown);
    });
    expect(sent).toEqual([]);
    expect(root.children[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'link', title: null, url: 'https://example.invalid/', children: [{ type: 'text', value: '首页' }] },
        { type: 'text', value: ' > ' },
        { type: 'link', title: null, url: 'https://example.invalid/news', children: [{ type: 'text', value: '新闻' }] },
      ],
    });
    expect(prepareMdastDropping(root).dropped).toEqual([{ text: '首页 > 新闻', reason: 'navigation' }]);
  });

  it('puts no placeholder before a heading', () => {
    const sent: string[] = [];
    const root = parseMarkdownByLines('段落一。\n\n## *二*\n\n段落二。\n段落二续。\n\n\n段落三。\n\n### `三`\n', (markdown) => {
      sent.push(markdown);
      return parseMarkdown(markdown);
    });
    expect(sent).toEqual(['## *二*\n\n### `三`\n']);
    expect(mdastToBlocks(root).map((block) => block.text)).toEqual(['段落一。', '二', '段落二。\n段落二续。', '段落三。', '三']);
  });

  it('makes plain headings and escaped punctuation itself, and does not call remark when nothing has syntax', () => {
    const sent: string[] = [];
    const root = parseMarkdownByLines('# 宣言\n\n落实《2019-2021年\\<构想\\>计划》。\n\n##   二、\\<经济\\>合作  \n\n段落。\n', (markdown) => {
      sent.push(markdown);
      return parseMarkdown(markdown);
    });
    expect(sent).toEqual([]);
    expect(mdastToBlocks(root)).toEqual([
      { kind: 'heading', depth: 1, text: '宣言' },
      { kind: 'paragraph', text: '落实《2019-2021年<构想>计划》。' },
      { kind: 'heading', depth: 2, text: '二、<经济>合作' },
      { kind: 'paragraph', text: '段落。' },
    ]);
  });

  it('reads the seed page without remark: its breadcrumb over two lines, `[字体…]`, `<构想>` and the tab-separated signatures', () => {
    const seed = readFileSync(join(ROOT, 'fixtures', 'seed-2020-moscow.txt'), 'utf8');
    const sent: string[] = [];
    const root = parseMarkdownByLines(seed, (markdown) => {
      sent.push(markdown);
      return parseMarkdown(markdown);
    });
    expect(sent).toEqual([]);
    expect(read(root)).toEqual(read(parseMarkdown(seed)));
  });

  it('leaves documents with reference definitions, fences or HTML comments wholly to remark', () => {
    for (const text of ['[a]: /x\n\n段落\n\n[a]', '```\n代码\n\n段落\n```', '<!--\n\n段落\n\n-->', '段落\r\n\r\n段落']) {
      const sent: string[] = [];
      parseMarkdownByLines(text, (markdown) => {
        sent.push(markdown);
        return parseMarkdown(markdown);
      });
      expect(sent).toEqual([text]);
    }
  });
});
