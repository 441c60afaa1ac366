/**
 * Every synthetic page in `fixtures/renderings/shapes/` imitates the shape of a kind of real page
 * that carries an SCO declaration (portal, news site, wiki, PDF extraction, database…); its
 * sidecar `NAME.expected.json` says what the importer must make of it (fixtures/README.md).
 *
 * Strict on purpose (issue 19): every fact of every page is its own test, so the run is the table
 * of what the importer gets right. Title, date, place, language, id, clause and section counts go
 * through `importFile` and `defaultId`; the drop list and the missing facts go through
 * `importReport` (src/ingest/report.ts), which reports every dropped line with its reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { defaultId } from '../../src/ingest/declaration-id.js';
import { loadRomanisers } from '../../src/ingest/place-slug.js';
import { importFile } from '../../src/ingest/index.js';
import { flattenClauses, flattenSections } from '../../src/tree/flatten.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration } from '../../src/types.js';

const DIR = fileURLToPath(new URL('../../fixtures/renderings/shapes/', import.meta.url));
const REPORT_MODULE = new URL('../../src/ingest/report.ts', import.meta.url);

/** Why a line was dropped: the vocabulary of fixtures/README.md. */
const REASONS = new Set([
  'navigation', 'headline', 'stamp', 'source', 'byline', 'dateline', 'marker', 'metadata', 'infobox',
  'duplicate-title', 'title-chrome', 'pdf', 'footer', 'signature', 'closing-date',
]);

/** The facts a sidecar states about its page. */
interface Expected {
  synthetic: true;
  shape: string;
  notDeclaration?: true;
  title: string | null;
  date: string | null;
  place: string | null;
  lang: string;
  id: string;
  clauses: number;
  /** How the first clause begins and the last one ends: furniture glued on or kept as a clause shows here. */
  firstClause: string;
  lastClause: string;
  sections: number;
  headings?: string[];
  excerpt: boolean;
  missing: string[];
  dropped: DroppedLine[];
}

/** One dropped line: 1-based line of the input (for HTML, of its source), its text, the reason. */
interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

/** What `importReport` is to return (issue 19: nothing lost silently). */
interface ImportReport {
  declaration: Declaration;
  dropped: DroppedLine[];
  missing: string[];
}
type ImportReportFn = (input: Uint8Array | string) => Promise<ImportReport>;

const pages = readdirSync(DIR).filter((name) => !name.endsWith('.expected.json')).sort();
const sidecarOf = (name: string): string => join(DIR, `${name.replace(/\.[a-z]+$/, '')}.expected.json`);

const imports = new Map<string, Promise<Declaration>>();
const imported = (name: string): Promise<Declaration> => {
  if (!imports.has(name)) imports.set(name, importFile(join(DIR, name)));
  return imports.get(name)!;
};

let reportFunction: Promise<ImportReportFn> | undefined;
async function loadImportReport(): Promise<ImportReportFn> {
  if (!existsSync(REPORT_MODULE)) {
    throw new Error('src/ingest/report.ts does not exist yet: the drop-list checks need importReport(bytes | path) → { declaration, dropped: [{ line, text, reason }], missing } (issue 19)');
  }
  const module = (await import(/* @vite-ignore */ REPORT_MODULE.href)) as { importReport?: unknown };
  if (typeof module.importReport !== 'function') throw new Error('src/ingest/report.ts does not export importReport');
  return module.importReport as ImportReportFn;
}
const reports = new Map<string, Promise<ImportReport>>();
const reported = (name: string): Promise<ImportReport> => {
  if (!reports.has(name)) {
    reportFunction ??= loadImportReport();
    reports.set(name, reportFunction.then((importReport) => importReport(join(DIR, name))));
  }
  return reports.get(name)!;
};

/** Text as the checks compare it: NFKC, no whitespace, no Markdown escapes. */
const fold = (text: string): string => text.normalize('NFKC').replace(/[\s\\]/gu, '');

/** Markdown syntax around the text of a source line: heading marks, emphasis, links. */
const stripMarkdown = (line: string): string =>
  line.replace(/^\s*#{1,6}\s+/, '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*?|__?/g, '');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', copy: '©' };
/** The visible text of one line of HTML source (the fixtures put one element on a line). */
const stripHtml = (line: string): string =>
  line.replace(/<[^>]*>/g, ' ').replace(/&(#\d+|[a-z]+);/g, (entity, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name] ?? entity);

/** The non-blank lines of a page with their 1-based numbers, as text (markup removed). */
function sourceLines(name: string): { line: number; text: string }[] {
  let text = readFileSync(join(DIR, name), 'utf8');
  const html = name.endsWith('.html');
  if (html) text = text.replace(/<head>[\s\S]*?<\/head>/, (head) => head.replace(/[^\n]/g, ''));
  return text.split('\n').map((raw, index) => {
    const clean = html ? stripHtml(raw) : name.endsWith('.md') ? stripMarkdown(raw) : raw;
    return { line: index + 1, text: clean.trim() };
  }).filter((entry) => entry.text !== '');
}

/** Does a reported dropped line answer an expected one: same reason, and the same line or text. */
function answers(entry: DroppedLine, expected: DroppedLine, html: boolean): boolean {
  if (entry.reason !== expected.reason) return false;
  if (!html && entry.line === expected.line) return true;
  const got = fold(stripMarkdown(entry.text));
  const want = fold(stripMarkdown(expected.text));
  return got.length > 0 && (got.includes(want) || (got.length >= 2 && want.includes(got)));
}

describe('synthetic page shapes (fixtures/renderings/shapes)', () => {
  it('has a sidecar for every page, and pages in each language', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const name of pages) expect(existsSync(sidecarOf(name)), `${name} has no sidecar`).toBe(true);
    const langs = new Set(pages.filter((name) => !name.startsWith('not-')).map((name) => JSON.parse(readFileSync(sidecarOf(name), 'utf8')).lang));
    expect([...langs].sort()).toEqual(['en', 'ru', 'zh-Hans', 'zh-Hant']);
  });

  for (const name of pages) {
    describe(name, () => {
      const expected = JSON.parse(readFileSync(sidecarOf(name), 'utf8')) as Expected;
      const html = name.endsWith('.html');

      it('sidecar: labelled synthetic, describes the shape, uses the reason vocabulary', () => {
        expect(expected.synthetic).toBe(true);
        expect(expected.shape.length).toBeGreaterThan(20);
        for (const entry of expected.dropped ?? []) expect(REASONS, `${entry.reason} (line ${entry.line})`).toContain(entry.reason);
      });

      if (expected.notDeclaration) {
        it('is refused: not a declaration', async () => {
          const outcome = await imported(name).then((declaration) => `imported as '${declaration.meta.title}' (${defaultId(declaration)})`, (error: unknown) => error);
          expect(outcome).toBeInstanceOf(InputError);
          expect((outcome as Error).message).toMatch(/declaration/i);
        });
        return;
      }

      it(`title: ${expected.title ?? '(none)'}`, async () => {
        expect((await imported(name)).meta.title || null).toBe(expected.title);
      });
      it(`date: ${expected.date ?? '(none)'}`, async () => {
        expect((await imported(name)).meta.date ?? null).toBe(expected.date);
      });
      it(`place: ${expected.place ?? '(none)'}`, async () => {
        expect((await imported(name)).meta.place ?? null).toBe(expected.place);
      });
      it(`lang: ${expected.lang}`, async () => {
        expect((await imported(name)).meta.lang).toBe(expected.lang);
      });
      it(`default id: ${expected.id}`, async () => {
        const declaration = await imported(name);
        await loadRomanisers(declaration.meta.place); // as `import` does before naming it
        expect(defaultId(declaration)).toBe(expected.id);
      });
      it(`clauses: ${expected.clauses}`, async () => {
        expect(flattenClauses(await imported(name)).length).toBe(expected.clauses);
      });
      it(`first clause begins: ${expected.firstClause}`, async () => {
        expect(flattenClauses(await imported(name))[0]?.text.slice(0, expected.firstClause.length)).toBe(expected.firstClause);
      });
      it(`last clause ends: ${expected.lastClause}`, async () => {
        expect(flattenClauses(await imported(name)).at(-1)?.text.slice(-expected.lastClause.length)).toBe(expected.lastClause);
      });
      it(`sections: ${expected.sections}`, async () => {
        const sections = flattenSections(await imported(name)).slice(1);
        expect(sections.length).toBe(expected.sections);
        if (expected.headings) expect(sections.map((section) => section.heading)).toEqual(expected.headings);
      });
      it(`excerpt: ${expected.excerpt}`, async () => {
        const markdown = toMarkdown(await imported(name));
        const frontMatter = markdown.slice(0, markdown.indexOf('\n---\n', 4));
        expect(/^excerpt: true$/m.test(frontMatter)).toBe(expected.excerpt);
      });

      it(`dropped (importReport): ${expected.dropped.length} lines with their reasons`, async () => {
        const report = await reported(name);
        const unanswered = expected.dropped.filter((want) => !report.dropped.some((entry) => answers(entry, want, html)));
        const unexpected = report.dropped.filter((entry) => !expected.dropped.some((want) => answers(entry, want, html)));
        const show = (entry: DroppedLine): string => `line ${entry.line} ${entry.reason}: ${entry.text}`;
        const problems = [
          ...unanswered.map((entry) => `not reported: ${show(entry)}`),
          ...unexpected.map((entry) => `dropped but not furniture: ${show(entry)}`),
        ];
        expect(problems.join('\n')).toBe('');
      });
      it(`missing (importReport): ${expected.missing.join(', ') || '(nothing)'}`, async () => {
        expect([...(await reported(name)).missing].sort()).toEqual([...expected.missing].sort());
      });
      it('nothing lost silently: every non-blank line is in the output or dropped', async () => {
        const report = await reported(name);
        const output = fold(toMarkdown(report.declaration));
        const droppedTexts = report.dropped.map((entry) => fold(stripMarkdown(entry.text))).filter((text) => text !== '');
        const lost = sourceLines(name).filter(({ line, text }) => {
          const folded = fold(text);
          if (output.includes(folded)) return false;
          if (!html && report.dropped.some((entry) => entry.line === line)) return false;
          if (droppedTexts.some((dropped) => dropped.includes(folded))) return false;
          const rest = droppedTexts.reduce((remaining, dropped) => remaining.split(dropped).join(''), folded);
          return rest !== '' && !output.includes(rest);
        });
        expect(lost.map(({ line, text }) => `lost: line ${line}: ${text}`).join('\n')).toBe('');
      });
    });
  }
});
