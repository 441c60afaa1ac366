import { trimWhere } from '../text/trim-where.js';

const isSpaceOrTab = (ch: string): boolean => ch === ' ' || ch === '\t';

/**
 * Escape clause or heading text so that remark-parse reads it back as exactly this text
 * in one paragraph (or heading). Only ASCII characters that Markdown could interpret are
 * escaped, so Chinese text stays as written.
 */
export function escapeMarkdown(text: string): string {
  let out = text.replace(/[\\`*_[\]<>&~|!]/g, (ch) => `\\${ch}`);
  // Constructs recognised only at the start of a line.
  out = out.replace(/^([#+=-])/, '\\$1');
  out = out.replace(/^(\d+)([.)])/, '$1\\$2');
  // A heading's trailing `#`s after a space would be read as its closing sequence.
  out = out.replace(/(^|[ \t])(#+)([ \t]*)$/, '$1\\$2$3');
  // Leading/trailing spaces would be dropped by the parser; encode them as character references.
  const core = trimWhere(out, isSpaceOrTab);
  const start = out.indexOf(core);
  const reference = (spaces: string) => [...spaces].map((ch) => `&#${ch.codePointAt(0)};`).join('');
  return core === '' ? reference(out) : `${reference(out.slice(0, start))}${core}${reference(out.slice(start + core.length))}`;
}
