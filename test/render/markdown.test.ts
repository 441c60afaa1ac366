import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { canDelimit, escapeInline, redline } from '../../src/render/markdown-redline.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { WordEdit } from '../../src/types.js';
import { runCli } from '../support/cli.js';
import { HOSTILE, sampleDiff, tinyDiff } from './build-diff.js';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: HastNode[];
}

/** Render Markdown as GitHub would (GFM), letting raw HTML through so that any injection would show. */
function toHast(markdown: string): HastNode {
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return unified().use(rehypeParse, { fragment: true }).parse(html) as HastNode;
}

/** Elements with one of the tag names, in document order. */
function all(node: HastNode, ...tags: string[]): HastNode[] {
  const out: HastNode[] = node.tagName !== undefined && tags.includes(node.tagName) ? [node] : [];
  for (const child of node.children ?? []) out.push(...all(child, ...tags));
  return out;
}

function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

const LEGEND = '_Marks: ~~struck~~ deleted, **bold** or <ins>underlined</ins> inserted; `~` reworded, `+` added, `-` removed, `↷` moved, `<` split, `>` merged; `a12` is clause 12 of A (old), `b12` of B (new)._';

describe('renderMarkdown', () => {
  it('pins the compact form of a small diff', () => {
    expect(renderMarkdown(tinyDiff())).toBe(
      [
        '# 上海合作组织成员国元首理事会莫斯科宣言 → 上海合作组织成员国元首理事会莫斯科宣言（合成修订）',
        '',
        LEGEND,
        '',
        '|  | A (old) | B (new) |',
        '| --- | --- | --- |',
        '| Title | 上海合作组织成员国元首理事会莫斯科宣言 | 上海合作组织成员国元首理事会莫斯科宣言（合成修订） |',
        '| Date | 2020-11-10 | 2021-09-17 |',
        '| Clauses | 3 | 3 |',
        '| Source | fixtures/seed-2020-moscow.txt | synthetic: edits of the seed |',
        '',
        '| Matched | Reworded | Added | Removed | Split | Merged | Moved |',
        '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        '| 2 | 1 | 1 | 1 | 0 | 0 | 0 |',
        '',
        '## 人文合作 → 二、人文合作 _(renamed)_',
        '',
        '- _… 1 unchanged clause_',
        '- `~` `a2 → b2` reworded: 成员国支持~~进一步扩大~~**扩大**本组织同其他国际和地区组织的交往。',
        '- `+` `b3` added: **（合成示例）成员国欢迎举办青年论坛。**',
        '- `-` `a3` removed: ~~成员国注意到吉尔吉斯共和国关于建立打击经济犯罪会议机制的倡议。~~',
        '',
      ].join('\n'),
    );
  });

  it('opens with a one-line legend; bold marks only insertions (ids are code)', () => {
    const md = renderMarkdown(sampleDiff());
    expect(md.split('\n')[2]).toBe(LEGEND);
    const tree = toHast(md);
    for (const strong of all(tree, 'strong').map(textOf)) expect(strong).not.toMatch(/^[ab]\d+/);
  });

  it('has a legend naming every mark the report uses, the <ins> written where ** cannot close too', async () => {
    // The bundled pair inserts '印度共和国、' before a country: `**…、**` would not close, so it is <ins>.
    const { stdout } = await runCli(['diff', 'declarations/2020-moscow.md', 'fixtures/synthetic-2020-moscow-revised.md', '--format', 'markdown', '--no-pager']);
    const [, , legend = '', ...rest] = stdout.split('\n');
    const marks = (markdown: string): string[] => [...new Set(all(toHast(markdown), 'strong', 'ins', 'del').map((node) => node.tagName!))].sort();
    expect(marks(rest.join('\n'))).toContain('ins');
    expect(marks(legend)).toEqual(expect.arrayContaining(marks(rest.join('\n'))));
    expect(textOf(toHast(legend))).toMatch(/bold or underlined inserted/);
  });

  it('renders as a GFM redline: strikethrough deletions, bold insertions, summary table, sections', () => {
    const tree = toHast(renderMarkdown(sampleDiff()));
    expect(all(tree, 'del').map(textOf)).toContain('继续推动');
    expect(all(tree, 'strong').map(textOf)).toContain('进一步推动');
    expect(all(tree, 'table')).toHaveLength(2);
    expect(all(tree, 'h2').map(textOf)).toEqual(['(preamble)', '安全合作 → 一、安全合作 (renamed)', '经贸合作 (moved)', '司法合作', '议会合作 (removed)', '数字经济 (added)']);
    const items = all(tree, 'li').map(textOf);
    expect(items).toContain('↷ a21 → b23 moved from §安全合作, reworded: 成员国对成员国高度关注包括非法生产、贩运、滥用阿片及其他麻醉药品和精神药物在内的世界毒品问题表示关切。成员国愿在专门国际场合讨论应对全球毒品威胁的具体合作方向时协同努力。');
    expect(items.some((t) => t.startsWith('< a6 → b6 b7 split:'))).toBe(true);
  });

  it('escapes clause text: hostile HTML and Markdown show as text', () => {
    const markdown = renderMarkdown(sampleDiff({ hostile: true }));
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).not.toMatch(/\u001B/);
    const tree = toHast(markdown);
    expect(all(tree, 'script')).toHaveLength(0);
    expect(all(tree, 'img')).toHaveLength(0);
    expect(all(tree, 'a')).toHaveLength(0);
    // Code spans are the report's own: markers and clause ids, never clause text.
    expect(all(tree, 'code').map(textOf).every((t) => ['~', '+', '-', '<', '>', '↷'].includes(t) || /^[ab]\d+(?: [ab]\d+)*(?: → [ab]\d+(?: [ab]\d+)*)?$/.test(t))).toBe(true);
    const text = textOf(tree);
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain('**bold** [link](javascript:alert(1)) `code` # heading | pipe ~~strike~~ RED');
    expect(escapeInline('a|b\nc $x$ & <b>')).toBe('a\\|b c \\$x\\$ \\& \\<b\\>');
  });

  it('renders an empty diff as the header tables and the section headings only', () => {
    const markdown = renderMarkdown({ ...tinyDiff(), changes: [] });
    expect(markdown.endsWith('| 2 | 1 | 1 | 1 | 0 | 0 | 0 |\n\n## 人文合作 → 二、人文合作 _(renamed)_\n')).toBe(true);
  });

  it('falls back to <del>/<ins> where ~~ or ** would not parse next to CJK punctuation', () => {
    expect(canDelimit('强调', '国', '，')).toBe(true);
    expect(canDelimit('“强调”', '国', '继')).toBe(false);
    const md = redline([{ op: 'equal', text: '成员国' }, { op: 'insert', text: '“强调”' }, { op: 'equal', text: '继续' }]);
    expect(md).toBe('成员国<ins>“强调”</ins>继续');
    expect(all(toHast(md), 'ins').map(textOf)).toEqual(['“强调”']);
  });

  it('keeps the spaces around an English edit outside its marks, so that ** and ~~ parse there too', () => {
    // SYNTHETIC words. Before, an edit starting with a space fell back to <ins>, beside ~~…~~ in the same clause.
    const md = redline([
      { op: 'equal', text: 'against terrorism' }, { op: 'insert', text: ', extremism' }, { op: 'equal', text: ' and' },
      { op: 'delete', text: ' extremism' }, { op: 'insert', text: ' organised crime' }, { op: 'equal', text: '.' },
    ]);
    // `terrorism**, extremism**` would not parse (punctuation after a letter): that one stays <ins>.
    expect(md).toBe('against terrorism<ins>, extremism</ins> and ~~extremism~~ **organised crime**.');
    expect(all(toHast(md), 'strong').map(textOf)).toEqual(['organised crime']);
  });

  it('any wording diff reads back as its steps: the deleted and inserted texts, nothing lost (property)', () => {
    const word = fc.constantFrom('成员国', '强调', '，', '。', '“', '”', '（', '）', 'Member', '*', '~', '_', '<b>', '&amp;', '[x]', '2020', '-', '!', ' and', ' Member');
    const step = fc.record({ op: fc.constantFrom<WordEdit['op']>('equal', 'insert', 'delete'), text: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join('')) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), (steps) => {
        const tree = toHast(`- x: ${redline(steps)}`);
        const li = all(tree, 'li')[0]!;
        expect(textOf(li).replace(/\s+/g, ' ')).toBe(`x: ${steps.map((s) => s.text).join('')}`.replace(/\s+/g, ' '));
        const deleted = all(li, 'del').map(textOf).join('');
        const inserted = all(li, 'strong', 'ins').map(textOf).join('');
        // Spaces at the ends of an edit stand outside its marks.
        const bare = (text: string) => text.replace(/\s/g, '');
        expect(bare(deleted)).toBe(bare(steps.filter((s) => s.op === 'delete').map((s) => s.text).join('')));
        expect(bare(inserted)).toBe(bare(steps.filter((s) => s.op === 'insert').map((s) => s.text).join('')));
      }),
      { numRuns: 150 },
    );
  });
});
