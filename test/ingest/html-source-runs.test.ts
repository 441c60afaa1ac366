import fc from 'fast-check';
import type { Root as HastRoot } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parseWithSourceRuns } from '../../src/ingest/html-source-runs.js';

const parse = (html: string): HastRoot => unified().use(rehypeParse).parse(html) as HastRoot;

/** A tree without source positions (the elements built from a run have none). */
const withoutPositions = (tree: HastRoot): unknown => JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)));

/** A source with its placeholders' key (drawn for each page) written `KEY`; one key a page. */
function unkeyed(source: string): string {
  const keys = new Set([...source.matchAll(/\uE001([0-9a-f]{12}):/gu)].map((match) => match[1]));
  expect(keys.size).toBeLessThanOrEqual(1);
  return source.replace(/\uE001[0-9a-f]{12}:/gu, '\uE001KEY:');
}

/** Runs of simple elements, and every context that reads a `<p>` tag otherwise or moves it. */
const TOKENS = [
  '<p>成员国强调，合作十分重要。</p>', '<p>The member\n states</p>', '<h2>安全合作</h2>', '<h1> 宣言 </h1>', '<p></p>', '<p> </p>', '<h3></h3>', '<p>a\fb</p>', '<p>\uE001 0\uE002</p>', '<p>&#xE001;0&#xE002;</p>', '<p>&#xE001;1&#xE002;</p>',
  '\n', '\n  ', ' ', '\t', '\f', 'text', '文字',
  '<b>', '</b>', '<i>', '<a href="/x">', '</a>', '<p>', '</p>', '<h1>', '</h1>', '<h3>', '</h2>', '<span>', '</span>', '<div>', '</div>', '<div class="footer">', '<ul><li>', '</li>', '</ul>',
  '<button>', '</button>', '<blockquote>', '</blockquote>', '<pre>', '</pre>', '<listing>', '<P>大写</P>', '<p class="c">属性</p>', '<p>&amp;实体</p>', '<p>x\u0000y</p>', '<p>x<br>y</p>',
  '<!--', '-->', '<!-- <p>注释</p> -->', '<script>', '</script>', '<style>', '</style>', '<textarea>', '</textarea>', '<title>', '</title>', '<template>', '</template>',
  '<select>', '</select>', '<option>', '<svg>', '</svg>', '<math>', '</math>', '<svg><foreignObject>', '</foreignObject>', '<![CDATA[', ']]>', '<xmp>', '</xmp>', '<plaintext>',
  '<noscript>', '</noscript>', '<iframe>', '</iframe>', '<noembed>', '</noembed>', '<table>', '<tr><td>', '</td></tr>', '</table>', '<frameset>', '</frameset>',
  '<table><p>甲</p>\n<p>乙</p>', '<html>', '<head>', '</head>', '<body>', '</body>', '</html>', '<!DOCTYPE html>', '<meta charset="utf-8">',
];

describe('parseWithSourceRuns', () => {
  it('builds the same tree as parse5 reading the whole page, in every context', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }), (tokens) => {
        const html = tokens.join('');
        expect(withoutPositions(parseWithSourceRuns(html, parse))).toEqual(withoutPositions(parse(html)));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('leaves the runs of simple elements out of what parse5 reads', () => {
    const sources: string[] = [];
    const html = '<html><body><article>\n<h1>宣言</h1>\n<p>第一段。</p>\n<p>第二段。</p>\n<ul><li>项</li></ul>\n<p>第三段。</p>\n</article></body></html>';
    const tree = parseWithSourceRuns(html, (source) => {
      sources.push(source);
      return parse(source);
    });
    expect(sources.map(unkeyed)).toEqual(['<html><body><article>\n<p>\uE001KEY:0\uE002</p>\n<ul><li>项</li></ul>\n<p>\uE001KEY:1\uE002</p>\n</article></body></html>']);
    expect(withoutPositions(tree)).toEqual(withoutPositions(parse(html)));
  });

  it('reads a page with a table whole: foster parenting moves a paragraph out of the table, and not the whitespace after it', () => {
    for (const html of ['<div><table><p>甲</p> <p>乙</p></table></div>', '<table><tr><p>甲</p>\n<p>乙</p></tr></table>']) {
      const sources: string[] = [];
      const tree = parseWithSourceRuns(html, (source) => {
        sources.push(source);
        return parse(source);
      });
      expect(sources).toEqual([html]);
      expect(withoutPositions(tree)).toEqual(withoutPositions(parse(html)));
    }
  });

  it('parses the whole page again when a placeholder did not come out as a paragraph of the body', () => {
    const sources: string[] = [];
    const html = '<body><textarea><p>甲</p>\n<p>乙</p></textarea><p>丙</p></body>';
    const tree = parseWithSourceRuns(html, (source) => {
      sources.push(source);
      return parse(source);
    });
    expect(sources.map(unkeyed)).toEqual(['<body><textarea><p>\uE001KEY:0\uE002</p></textarea><p>\uE001KEY:1\uE002</p></body>', html]);
    expect(withoutPositions(tree)).toEqual(withoutPositions(parse(html)));
  });

  it('replaces many runs in one parent, each by its elements in place', () => {
    // Runs broken by a paragraph with a character reference, which parse5 reads: 500 placeholders in the article.
    const body = Array.from({ length: 500 }, (_, k) => `<p>第${k}段。</p>\n<h2>标题${k}</h2>\n<p>甲&amp;乙</p>\n`).join('');
    const html = `<html><body><article>\n${body}</article></body></html>`;
    let placeholders = 0;
    const tree = parseWithSourceRuns(html, (source) => {
      placeholders = source.split('\uE002').length - 1;
      return parse(source);
    });
    expect(placeholders).toBe(500);
    expect(withoutPositions(tree)).toEqual(withoutPositions(parse(html)));
  });

  it('parses the whole page again when the page writes a placeholder of its own as character references', () => {
    // The run in the comment leaves no placeholder in the tree, and the page's own marks, written as
    // references, decode to one: as many found as there are runs, one of them not a run's.
    for (const number of [0, 1, 2, 7, 99]) {
      const html = `<body><!-- <p>藏</p> --><p>&#xE001;${number}&#xE002;</p>\n<p>甲</p>\n<p>乙</p></body>`;
      expect(withoutPositions(parseWithSourceRuns(html, parse))).toEqual(withoutPositions(parse(html)));
    }
  });
});
