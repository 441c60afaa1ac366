import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../../src/ingest/index.js';
import { importReport } from '../../src/ingest/report.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { parseCanonical } from '../../src/tree/markdown-read.js';
import { flattenClauses, flattenSections } from '../../src/tree/flatten.js';
import { squeeze, unaccounted } from './accounting.js';
import { seedParts } from './renderings.js';
import { RENDERINGS, SEED, fixture } from './seed-paths.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const seedText = readFileSync(SEED, 'utf8');
const parts = seedParts(seedText);

describe('importReport', () => {
  it('lists what the seed page loses, each with its reason and input line', async () => {
    const report = await importReport(readFileSync(SEED));
    expect(report.missing).toEqual([]);
    const reasons = new Set(report.dropped.map((entry) => entry.reason));
    expect([...reasons].sort()).toEqual(['closing-date', 'footer', 'navigation', 'signature', 'stamp']);
    const lines = seedText.split('\n');
    for (const entry of report.dropped) {
      expect(entry.line).toBeGreaterThan(0);
      const line = lines[entry.line - 1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
      expect(squeeze(line)).toContain(squeeze(entry.text));
    }
    expect(report.dropped.map((entry) => entry.line)).toEqual([...report.dropped.map((entry) => entry.line)].sort((a, b) => a - b));
    expect(report.dropped).toContainEqual({ line: lines.indexOf(parts.stamp) + 1, text: parts.stamp, reason: 'stamp' });
    expect(report.dropped.filter((entry) => entry.reason === 'signature')).toHaveLength(parts.signatures.length);
  });

  // The shape pages (fixtures/renderings/shapes) that are declarations, when that folder is there.
  const shapes = existsSync(fixture('renderings/shapes'))
    ? readdirSync(fixture('renderings/shapes')).filter((name) => !name.endsWith('.json') && !name.startsWith('not-')).map((name) => `renderings/shapes/${name}`)
    : [];

  it.each(['seed-2020-moscow.txt', ...RENDERINGS.map((name) => `renderings/${name}`), ...shapes])('accounts for every line of %s', async (name) => {
    const bytes = readFileSync(fixture(name));
    const report = await importReport(bytes);
    expect(await unaccounted(bytes, report)).toEqual([]);
    // The report does not change the import.
    expect(report.declaration).toEqual(await importBytes(bytes));
  });
});

describe('importReport: labels and HTML furniture', () => {
  // SYNTHETIC page text.
  it('reads a labelled date and place when the text gives none, and lists the labels', async () => {
    const text = '[Title] Example Declaration of the Synthetic Forum\n\n[Place] Samarkand\n\n[Date] 16 September 2022\n\n[Full text]\n\nThe leaders of the member states declare the following.\n\nThe member states support the work of the forum.\n';
    const report = await importReport(utf8(text));
    expect(report.labels).toEqual({ title: 'Example Declaration of the Synthetic Forum', place: 'Samarkand', date: '2022-09-16' });
    expect(report.declaration.meta).toMatchObject({ title: 'Example Declaration of the Synthetic Forum', date: '2022-09-16', place: 'Samarkand' });
    expect(report.dropped.map((entry) => [entry.line, entry.reason])).toEqual([[1, 'metadata'], [3, 'metadata'], [5, 'metadata'], [7, 'marker']]);
    expect(report.missing).toEqual([]);
  });

  it('lists the text of HTML furniture elements with their source line', async () => {
    const html = '<html><body>\n<nav>Home | News | Contact</nav>\n<h1>Example Declaration of the Synthetic Forum</h1>\n<p>The member states declare the following.</p>\n<footer>© Example site</footer>\n</body></html>\n';
    const report = await importReport(utf8(html));
    expect(report.dropped).toEqual([
      { line: 2, text: 'Home | News | Contact', reason: 'navigation' },
      { line: 5, text: '© Example site', reason: 'footer' },
    ]);
  });
});

// Generated pages: the seed's clauses in a random stretch, wrapped in random page furniture.
// The furniture lines are SYNTHETIC, in the shapes real pages give them.
const TOP = ['首页 > 新闻中心 > 示例频道', '[字体: 大 中 小] 打印本页', 'English Français Русский 简体中文', '分享到：'];
const STAMPS = ['2020-11-10 22:29', '2020年11月11日07:53  来源:示例日报', '11.11.2020 09:15', '时间: 来源:示例部 访问量:', '2020-11-11 09:30 作者:示例 来源:示例网 阅览:88', '来源：示例网'];
const BYLINES = ['新华社记者 王示例', 'By Jane Example', 'Автор: Иван Примеров'];
const MARKERS = [`[Title] ${parts.title}`, '[Place] 示例市', '[Date] 2020-11-10', '[Source] 示例数据库', '[Full text]', '全文', `• 中文名：${parts.title}`, '• 發布時間：2020年11月10日', 'Total Page:16', 'File Type:pdf, Size:1.2M'];
const FOOTER = ['版权所有 示例网', '京ICP备00000000号', '返回顶部'];

const page = fc.record({
  top: fc.subarray(TOP),
  title: fc.boolean(),
  head: fc.subarray([...STAMPS, ...BYLINES, ...MARKERS]),
  start: fc.nat({ max: parts.body.length - 4 }),
  length: fc.integer({ min: 3, max: 12 }),
  pageNumbers: fc.array(fc.nat({ max: 30 }), { maxLength: 3 }),
  signatures: fc.boolean(),
  footer: fc.subarray(FOOTER),
});

type PageShape = typeof page extends fc.Arbitrary<infer T> ? T : never;

function pageText(shape: PageShape): { text: string; furniture: string[] } {
  // Without a title the opening formula must be there: three clauses from the middle and nothing
  // else are refused as not a declaration, like a README.
  const start = shape.title ? shape.start : 0;
  const body = parts.body.slice(start, start + shape.length).map((block) => block.text);
  const numbered = [...body];
  for (const [k, at] of shape.pageNumbers.entries()) numbered.splice(Math.min(at, numbered.length - 1) + 1, 0, String(k + 2));
  const blocks = [
    ...shape.top,
    ...(shape.title ? [parts.title] : []),
    ...shape.head,
    ...numbered,
    ...(shape.signatures ? [parts.signatures.map((pair) => pair.join('\t')).join('\n'), parts.closingDate] : []),
    ...shape.footer,
  ];
  const furniture = [...shape.top, ...shape.head, ...shape.pageNumbers.map((_, k) => String(k + 2)), ...shape.footer];
  return { text: `${blocks.join('\n\n')}\n`, furniture };
}

describe('importReport on generated pages', () => {
  it('accounts for every line, and lists every piece of furniture as dropped (never glued to a clause)', async () => {
    await fc.assert(fc.asyncProperty(page, async (shape) => {
      const { text, furniture } = pageText(shape);
      const bytes = utf8(text);
      const report = await importReport(bytes);
      expect(await unaccounted(bytes, report)).toEqual([]);
      const dropped = report.dropped.map((entry) => squeeze(entry.text));
      for (const line of furniture) expect(dropped).toContain(squeeze(line));
      const clauses = flattenClauses(report.declaration).map((clause) => clause.text);
      for (const line of furniture) expect(clauses).not.toContain(line);
    }), { numRuns: 60, seed: 19 });
  });
});

describe('pages that are only the body', () => {
  // The seed's own clauses, without title, stamp or signatures; SYNTHETIC numbered headings.
  const opening = parts.body.find((block) => block.kind === 'paragraph')!.text;
  const paragraphs = parts.body.filter((block) => block.kind === 'paragraph').map((block) => block.text);

  it('keeps every paragraph, takes numbered headings as sections, and says the title is missing', async () => {
    const text = [opening, paragraphs[1], '一、安全合作', paragraphs[2], paragraphs[3], '二、经济合作', paragraphs[4]].join('\n\n');
    const report = await importReport(utf8(text));
    expect(report.declaration.meta.title).toBe('');
    expect(report.missing).toContain('title');
    expect(report.missing).not.toContain('date');
    expect(report.declaration.preamble).toEqual([opening, paragraphs[1]]);
    expect(flattenSections(report.declaration).map((section) => section.heading)).toEqual(['', '一、安全合作', '二、经济合作']);
    expect(report.dropped).toEqual([]);
  });

  it('takes English numbered headings (a bare I, 1. CAPITALS) as sections, never as the title', async () => {
    // SYNTHETIC text.
    const english = 'The leaders of the member states of the Example Forum, following the meeting on 10 November 2020, declare the following.\n\nI\n\nThe member states support the work of the forum.\n\n1. CREATION AND DEVELOPMENT OF THE FORUM\n\nThe forum was created by the member states.\n';
    const declaration = await importBytes(utf8(english));
    expect(declaration.meta.title).toBe('');
    expect(declaration.preamble).toHaveLength(1);
    expect(flattenSections(declaration).map((section) => section.heading)).toEqual(['', 'I', '1. CREATION AND DEVELOPMENT OF THE FORUM']);
  });

  it('takes the place of a body-only page from its opening formula', async () => {
    // SYNTHETIC text.
    const text = 'The leaders of the member states, following the meeting held in Bishkek on 14 June 2019, declare the following.\n\nI\n\nThe member states support the work of the forum.\n';
    const report = await importReport(utf8(text));
    expect(report.declaration.meta).toMatchObject({ title: '', place: 'Bishkek', date: '2019-06-14' });
    expect(report.missing).toEqual(['title']);
  });

  it('reads the date of a numbered first paragraph: the number does not hide the formula', async () => {
    // SYNTHETIC text.
    const text = 'EXAMPLE DECLARATION OF THE SYNTHETIC FORUM\n\n1. The leaders of the member states, following the meeting held on 16 September 2022, declare the following.\n\n2. The member states support the work of the forum.\n';
    expect((await importBytes(utf8(text))).meta.date).toBe('2022-09-16');
  });

  it('imports a body-only page ending in a short fragment', async () => {
    const text = [opening, paragraphs[1], '成员国强调，加强能源和工业领'].join('\n\n');
    const declaration = await importBytes(utf8(text));
    expect(flattenClauses(declaration).map((clause) => clause.text)).toEqual([opening, paragraphs[1], '成员国强调，加强能源和工业领']);
  });

  it('writes a declaration without a title as front matter with an empty title and no # line, and reads it back identically', async () => {
    const declaration = await importBytes(utf8([opening, '一、安全合作', paragraphs[2]].join('\n\n')));
    const markdown = toMarkdown(declaration);
    expect(markdown).toMatch(/^---\ntitle: ""\n/);
    expect(markdown).not.toMatch(/^# /m);
    const again = await parseCanonical(markdown);
    expect(again).toEqual(declaration);
    expect(toMarkdown(again)).toBe(markdown);
  });
});

describe('excerpt', () => {
  it('a title marked (摘要) gives excerpt: true in the front matter, read back as written', async () => {
    const text = [`${parts.title}（摘要）`, paragraphs()[0], paragraphs()[1]].join('\n\n');
    const declaration = await importBytes(utf8(text));
    expect(declaration.meta).toMatchObject({ title: parts.title, excerpt: true });
    const markdown = toMarkdown(declaration);
    expect(markdown).toMatch(/\nexcerpt: true\n/);
    expect(await parseCanonical(markdown)).toEqual(declaration);
  });
});

function paragraphs(): string[] {
  return parts.body.filter((block) => block.kind === 'paragraph').map((block) => block.text);
}
