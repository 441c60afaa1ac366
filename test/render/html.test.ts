import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html-escape.js';
import { guessLang, renderHtml } from '../../src/render/html.js';
import { HOSTILE, sampleDiff } from './build-diff.js';

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

function parse(html: string): Node {
  return unified().use(rehypeParse).parse(html) as Node;
}

function elements(node: Node, test: (n: Node) => boolean = () => true): Node[] {
  const out: Node[] = node.type === 'element' && test(node) ? [node] : [];
  for (const child of node.children ?? []) out.push(...elements(child, test));
  return out;
}

const tag = (name: string) => (n: Node): boolean => n.tagName === name;
const hasClass = (name: string) => (n: Node): boolean => ((n.properties?.['className'] as string[] | undefined) ?? []).includes(name);

function textOf(node: Node): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

describe('renderHtml', () => {
  const html = renderHtml(sampleDiff());
  const tree = parse(html);

  it('is one self-contained page: charset, lang, inline style and script, nothing fetched', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-Hans">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(elements(tree, tag('link'))).toHaveLength(0);
    expect(elements(tree, (n) => n.properties?.['src'] !== undefined)).toHaveLength(0);
    expect(html).not.toMatch(/https?:\/\/|@import|url\(/);
    expect(elements(tree, tag('style'))).toHaveLength(1);
    expect(elements(tree, tag('script'))).toHaveLength(1);
    expect(html).toMatch(/font-family: "Noto Sans CJK SC", .*"PingFang SC", .*"Microsoft YaHei", .*sans-serif/);
    expect(html).toMatch(/@media print \{[^@]*\.filters \{ display: none; \}[^@]*break-inside: avoid/);
  });

  it('has a header with both documents and the summary', () => {
    const cards = elements(tree, hasClass('doc')).map(textOf);
    expect(cards[0]).toBe('A · oldTitle上海合作组织成员国元首理事会莫斯科宣言Date2020-11-10Sourcefixtures/seed-2020-moscow.txtClauses29');
    expect(cards[1]).toContain('Date2021-09-17');
    expect(textOf(elements(tree, hasClass('summary'))[0]!)).toBe('24 matched3 reworded2 added2 removed1 split1 merged2 moved');
    expect(elements(tree, tag('button')).map(textOf)).toEqual(['All (30)', 'Changes only (9)', 'Matched (24)', 'Reworded (3)', 'Added (2)', 'Removed (2)', 'Split (1)', 'Merged (1)', 'Moved (2)']);
    // Every summary count is a filter, kept in the URL hash; the page opens on the changes.
    const pills = elements(elements(tree, hasClass('summary'))[0]!, tag('a'));
    expect(pills.map((a) => a.properties?.['href'])).toEqual(['matched', 'reworded', 'added', 'removed', 'split', 'merged', 'moved'].map((k) => `#filter=${k}`));
    expect(elements(tree, tag('body'))[0]!.properties?.['dataFilter']).toBe('changed');
  });

  it('lays sections out side by side with word-level <del>/<ins> and one anchor per clause', () => {
    expect(elements(tree, tag('h2')).map(textOf).slice(2)).toEqual(['(preamble)', '安全合作 → 一、安全合作renamed', '经贸合作moved', '司法合作', '议会合作removed', '数字经济added']);
    expect(elements(tree, tag('del')).map(textOf)).toEqual(['继续推动', '成员国重申', '成员国对']);
    expect(elements(tree, tag('ins')).map(textOf)).toEqual(['进一步推动', '成员国再次重申', '成员国高度关注']);
    const ids = elements(tree, (n) => typeof n.properties?.['id'] === 'string').map((n) => n.properties!['id'] as string);
    const expected = [...Array.from({ length: 29 }, (_, i) => `a${i + 1}`), ...Array.from({ length: 29 }, (_, i) => `b${i + 1}`)];
    expect([...ids].sort()).toEqual(expected.sort());
    // A left, B right in every row.
    for (const row of elements(tree, hasClass('row'))) {
      const cells = elements(row, tag('td'));
      expect(cells.map((c) => (c.properties?.['className'] as string[])[0])).toEqual(['a', 'b']);
    }
  });

  it('links moved clauses to their old place and back', () => {
    const note = elements(tree, hasClass('note')).map(textOf);
    expect(note).toContain('↷ moved from §安全合作, a21');
    expect(note).toContain('↷ moved to §经贸合作, b23');
    const hrefs = elements(tree, tag('a')).map((a) => a.properties?.['href'] as string).filter((href) => !href.startsWith('#filter='));
    const ids = new Set(elements(tree, (n) => typeof n.properties?.['id'] === 'string').map((n) => `#${n.properties!['id'] as string}`));
    for (const href of hrefs) expect(ids.has(href)).toBe(true);
    // a21's old place sits in 安全合作 after a20, not in 经贸合作.
    const security = elements(tree, tag('section')).find((s) => textOf(s).startsWith('安全合作'))!;
    expect(elements(security, (n) => n.properties?.['id'] === 'a21')).toHaveLength(1);
  });

  it('marks rows with the classes the filters select', () => {
    const classes = elements(tree, hasClass('row')).map((r) => (r.properties!['className'] as string[]).slice(1).join(' '));
    expect(classes.filter((c) => c === 'same matched')).toHaveLength(21);
    expect(classes).toContain('changed split');
    expect(classes).toContain('changed merged reworded');
    expect(classes).toContain('changed matched reworded moved');
    expect(classes.filter((c) => c.includes('ghost'))).toEqual(['changed moved ghost', 'changed moved ghost']);
  });

  it('escapes every piece of document text', () => {
    const hostile = renderHtml(sampleDiff({ hostile: true }));
    const parsed = parse(hostile);
    expect(elements(parsed, tag('script'))).toHaveLength(1);
    expect(elements(parsed, tag('img'))).toHaveLength(0);
    expect(elements(parsed, (n) => Object.keys(n.properties ?? {}).some((k) => k.toLowerCase().startsWith('on')))).toHaveLength(0);
    const text = textOf(parsed);
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.img);
    expect(textOf(elements(parsed, tag('title'))[0]!)).toBe(`上海合作组织成员国元首理事会莫斯科宣言 → 莫斯科宣言${HOSTILE.img}`);
    expect(hostile).not.toMatch(/\u001B/);
    // Whole escape sequences go, not only their ESC: no `[31m` left in the page, as on a terminal.
    expect(text).toContain('RED');
    expect(text).not.toMatch(/\[31m|\[0m|\]0;title/);
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>\u0000`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    // Bidi overrides and isolates would reorder what the reader sees (U+202E turns `evil` around).
    expect(escapeHtml('affirm \u202Elive\u202C and \u2067x\u2069 \u0007')).toBe('affirm live and x ');
  });

  it('renders an empty diff and a section without clauses', () => {
    const empty = { ...sampleDiff(), changes: [], sections: [{ from: '合作', to: '合作', status: 'matched' as const, moved: false, clauses: sampleDiff().summary }] };
    const page = parse(renderHtml(empty));
    expect(elements(page, hasClass('row'))).toHaveLength(0);
    expect(elements(page, hasClass('empty')).map(textOf)).toEqual(['No clauses directly in this section.']);
    expect(elements(page, tag('button')).map(textOf)[0]).toBe('All (0)');
  });

  it('guesses the page language from the clause texts', () => {
    expect(guessLang(sampleDiff())).toBe('zh-Hans');
    const en = { ...sampleDiff(), changes: [{ kind: 'added' as const, from: [], to: [{ id: 'b1', section: '', text: 'The Member States note' }], moved: false, reworded: false, similarity: 0 }] };
    expect(guessLang(en)).toBe('en');
    const hant = { ...en, changes: [{ ...en.changes[0]!, to: [{ id: 'b1', section: '', text: '成員國強調，加強合作。' }] }] };
    expect(guessLang(hant)).toBe('zh-Hant');
    // Corner quotes fold, but say nothing of the script: Simplified text may use them.
    const quoted = { ...en, changes: [{ ...en.changes[0]!, to: [{ id: 'b1', section: '', text: '成员国强调「上海精神」。' }] }] };
    expect(guessLang(quoted)).toBe('zh-Hans');
  });
});
