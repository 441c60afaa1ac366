import type { Declaration } from '../types.js';
import type { InputForm } from './detect-form.js';
import type { DropReason, Dropped, Labels } from './dropped.js';
import { basename } from 'node:path';
import { readInput } from './index.js';
import { type ImportOptions, parseInput } from './parse-input.js';
import type { DateSource } from './summit-date.js';

/** One line of the input left out of the declaration, with the reason. */
export interface DroppedLine {
  /** 1-based line of the decoded input (for HTML, the source line holding the text); 0 when it cannot be told. */
  line: number;
  text: string;
  reason: DropReason;
}

/** A declaration with the accounting of its import: nothing left out goes unlisted. */
export interface ImportReport {
  declaration: Declaration;
  /** Every non-blank line left out, in input order (HTML: in the order the passes dropped them). */
  dropped: DroppedLine[];
  /** Which of `title`, `date`, `place` could not be found. */
  missing: string[];
  /** What labelled page metadata gave (`[Title] …`, `[Date] …`, an infobox's `發布時間：…`). */
  labels: Labels;
  /** Where the date was read: `front-matter`, `label`, `formula`, `dateline`, `closing`, or `stamp` (a page's time stamp, a last resort). */
  dateSource?: DateSource;
}

/**
 * Import raw bytes (or the file at a path) like `importBytes` (`importFile`), and say what was
 * dropped (with line numbers) and what could not be found.
 */
export async function importReport(input: Uint8Array | string, options: ImportOptions = {}): Promise<ImportReport> {
  const fromFile = typeof input === 'string';
  const label = options.label ?? options.source ?? (fromFile ? input : undefined);
  const bytes = fromFile ? await readInput(input, label) : input;
  const parsed = await parseInput(bytes, fromFile ? { source: options.source ?? basename(input), ...(label ? { label } : {}) } : options);
  return { declaration: parsed.declaration, dropped: locateDropped(parsed.text, parsed.form, parsed.dropped, parsed.declaration.meta.title), missing: [...parsed.missing], labels: parsed.labels, ...(parsed.dateSource ? { dateSource: parsed.dateSource } : {}) };
}

/** A line as compared: Markdown link and heading marks removed, no whitespace. */
function key(line: string, markdown: boolean): string {
  const text = markdown ? line.replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1').replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)/, '') : line;
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, '');
}

/** The visible text of one line of HTML source: tags removed, common entities decoded. */
function htmlLineText(line: string): string {
  return line.replace(/<[^<>]*>/g, ' ').replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|nbsp|copy));/gi, (_whole, dec?: string, hex?: string, name?: string) => {
    if (name) return ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', copy: '©' } as Record<string, string>)[name.toLowerCase()] ?? '';
    const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * One entry per non-blank line of each dropped block, with the input line it came from: the first
 * unused line equal to it (whitespace aside; for HTML, the text of the source line), else the
 * first unused line that holds it; 0 when none does (HTML text spread over several source lines).
 * The first line that is exactly the title is the title's, so that its repeats get the later lines.
 * Sorted by line.
 */
export function locateDropped(text: string, form: InputForm, dropped: readonly Dropped[], title = ''): DroppedLine[] {
  const markdown = form === 'markdown';
  const lines = text.split('\n').map((line) => key(form === 'html' ? htmlLineText(line) : line, markdown));
  const used = new Set<number>();
  // The title's own line is kept, not dropped: its repeats are the later lines.
  const titleLine = title ? lines.indexOf(key(title, false)) : -1;
  if (titleLine >= 0) used.add(titleLine);
  const find = (wanted: string): number => {
    if (!wanted) return 0;
    let at = lines.findIndex((line, k) => !used.has(k) && line === wanted);
    if (at < 0) at = lines.findIndex((line, k) => !used.has(k) && line.includes(wanted));
    if (at < 0) return 0;
    used.add(at);
    return at + 1;
  };
  const out: DroppedLine[] = [];
  for (const { text: block, reason } of dropped) {
    for (const line of block.split('\n')) {
      const trimmed = line.trim();
      if (trimmed) out.push({ line: find(key(trimmed, false)), text: trimmed, reason });
    }
  }
  return out.sort((a, b) => (a.line || Infinity) - (b.line || Infinity));
}
