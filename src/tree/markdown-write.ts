import { stringify } from 'yaml';
import { trimWhere } from '../text/trim-where.js';
import type { Declaration, DeclarationMeta, Section } from '../types.js';
import { escapeMarkdown } from './escape-markdown.js';

/** Front-matter keys in the order the contract shows them; other keys follow, sorted. */
const KEY_ORDER = ['title', 'date', 'place', 'lang', 'source', 'excerpt', 'synthetic', 'signatories'] as const;

/**
 * Write a declaration as canonical Markdown (contract §1): front matter, `# title`,
 * one paragraph per clause, `##`… for sections. UTF-8 text, LF, no trailing spaces,
 * one final newline. Byte-stable: reading the output back and writing it again gives the same bytes.
 * Without a title, the front matter says `title: ""` and there is no `# ` line.
 */
export function toMarkdown(declaration: Declaration): string {
  const title = oneLine(declaration.meta.title);
  const parts: string[] = [frontMatter(declaration.meta), ...(title ? [`# ${escapeMarkdown(title)}`] : [])];
  for (const clause of declaration.preamble) parts.push(escapeMarkdown(oneLine(clause)));
  const walk = (sections: readonly Section[], depth: number): void => {
    for (const section of sections) {
      const level = Math.min(6, Math.max(2, depth));
      parts.push(`${'#'.repeat(level)} ${escapeMarkdown(oneLine(section.heading))}`);
      for (const clause of section.clauses) parts.push(escapeMarkdown(oneLine(clause)));
      walk(section.children, level + 1);
    }
  };
  walk(declaration.sections, 2);
  return `${parts.join('\n\n')}\n`;
}

function frontMatter(meta: DeclarationMeta): string {
  const record: Record<string, unknown> = {};
  const known: Record<string, unknown> = { ...meta };
  for (const key of KEY_ORDER) {
    // Known fields are single lines, like the `# title` line: a newline would make YAML block scalars.
    const raw = known[key];
    const value = typeof raw === 'string' ? oneLine(raw) : Array.isArray(raw) ? raw.map((item) => oneLine(String(item))).filter(Boolean) : raw;
    if (key === 'title' && value === '') record[key] = ''; // the key marks a canonical file
    if (value === undefined || value === '' || value === false) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    record[key] = value;
  }
  for (const key of Object.keys(meta.extra).sort()) {
    if (!(key in record)) record[key] = meta.extra[key];
  }
  const yaml = stringify(record, { lineWidth: 0, minContentWidth: 0 }).split('\n').map((line) => trimWhere(line, (ch) => ch === ' ' || ch === '\t', 'end')).join('\n');
  return `---\n${yaml}---`;
}

/** Paragraphs are single lines in the canonical form. */
function oneLine(text: string): string {
  // Split rather than `\s*[\r\n]+\s*`, which is quadratic on a long run of spaces without a line break.
  return text.split(/[\r\n]/).map((part) => part.trim()).filter((part) => part !== '').join(' ');
}
