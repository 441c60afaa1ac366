/**
 * The accounting check of issue 19: every non-blank line of an input is either in the declaration
 * (whitespace aside; a hard-wrapped line counts when its joined paragraph holds it) or listed in
 * the import report's `dropped`. Independent of the importer's passes: it reads the input lines
 * itself (for HTML, the text blocks of the parsed page, whose source lines are markup).
 */
import { decodeBytes } from '../../src/ingest/decode.js';
import { detectForm } from '../../src/ingest/detect-form.js';
import { decodeEntities } from '../../src/ingest/repair/characters.js';
import { normaliseLineEndings } from '../../src/ingest/repair/line-endings.js';
import type { ImportReport } from '../../src/ingest/report.js';
import { mdastToBlocks } from '../../src/tree/blocks.js';
import { flattenClauses, flattenSections } from '../../src/tree/flatten.js';

/** No whitespace, no invisible characters, entities decoded. */
export function squeeze(text: string): string {
  return decodeEntities(text).replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, '');
}

/** The input's lines as the accounting reads them: Markdown marks (headings, links, emphasis) removed, front matter skipped, HTML as its text blocks. */
async function inputLines(bytes: Uint8Array): Promise<string[]> {
  const text = normaliseLineEndings(decodeBytes(bytes).text);
  const form = detectForm(text);
  if (form === 'html') {
    const { htmlToMdast } = await import('../../src/ingest/html.js');
    return mdastToBlocks(await htmlToMdast(text)).flatMap((block) => block.text.split('\n'));
  }
  let lines = text.split('\n');
  if (form === 'markdown') {
    if (lines[0]?.trim() === '---') lines = lines.slice(lines.indexOf('---', 1) + 1);
    lines = lines.map((line) => line.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+)/, '').replace(/\*\*?|__?/g, ''));
  }
  return lines;
}

/** The lines of the input that are neither in the declaration nor listed as dropped. */
export async function unaccounted(bytes: Uint8Array, report: ImportReport): Promise<string[]> {
  const { meta } = report.declaration;
  const kept = [meta.title, meta.date ?? '', meta.place ?? '', ...meta.signatories,
    ...flattenSections(report.declaration).map((section) => section.heading),
    ...flattenClauses(report.declaration).map((clause) => clause.text)].map(squeeze);
  const dropped = report.dropped.map((entry) => squeeze(entry.text));
  const lost: string[] = [];
  for (const line of await inputLines(bytes)) {
    const wanted = squeeze(line);
    if (!/[\p{L}\p{N}]/u.test(wanted)) continue; // markup and rules: `---`, `***`
    if (kept.some((text) => text.includes(wanted))) continue;
    if (dropped.some((text) => text === wanted || text.includes(wanted))) continue;
    lost.push(line);
  }
  return lost;
}
