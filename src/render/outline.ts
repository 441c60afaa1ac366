import { countClauses, flattenSections } from '../tree/flatten.js';
import type { Declaration } from '../types.js';
import { sanitizeTerminal } from '../text/sanitize.js';

/** An indented outline: title and date, then each section with its clause count. */
export function renderOutline(declaration: Declaration): string {
  const { meta } = declaration;
  const lines = [`${sanitizeTerminal(meta.title)}${meta.date ? `  (${meta.date})` : ''}  ${countClauses(declaration)} clauses`];
  for (const section of flattenSections(declaration)) {
    if (section.index === 0 && section.clauseCount === 0) continue;
    const indent = '  '.repeat(Math.max(1, section.depth - 1));
    const name = section.index === 0 ? '(preamble)' : sanitizeTerminal(section.heading);
    lines.push(`${indent}${name}  ${section.clauseCount}`);
  }
  return `${lines.join('\n')}\n`;
}
