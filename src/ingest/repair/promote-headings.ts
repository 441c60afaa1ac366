import { hasIdeographs } from '../../text/fold.js';
import type { Block } from '../../tree/blocks.js';
import { dateLine } from './dates.js';
import { signatoryLine } from './signatures.js';

/** Punctuation that ends a sentence or clause: a line ending with it is not a heading. */
const CLAUSE_ENDS = new Set([...'。．.！!？?；;，,：:、…”"’\''].map((ch) => ch.charCodeAt(0)));

/** Does the line end with `CLAUSE_ENDS`? Its last character only (a pattern ending in `$` is tried at every position). */
function endsClause(line: string): boolean {
  return CLAUSE_ENDS.has(line.charCodeAt(line.length - 1));
}

/** Longest heading recognised by shape: 40 characters with ideographs, 100 without. */
function maxLength(text: string): number {
  return hasIdeographs(text) ? 40 : 100;
}

/** Does `text` hold more than `limit` code points? Counted without splitting it (a paragraph a call). */
function codePointsOver(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  // A code point is one or two units: past twice the limit, it is over without counting.
  if (text.length > 2 * limit) return true;
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k);
    // A low surrogate after a high one continues its code point.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && k > 0 && text.charCodeAt(k - 1) >= 0xd800 && text.charCodeAt(k - 1) <= 0xdbff)) count++;
    if (count > limit) return true;
  }
  return false;
}

/** Could this paragraph be a heading by its shape: one short line, not ending like a sentence? */
export function looksLikeHeading(text: string): boolean {
  const line = text.trim();
  // Longer than 200 UTF-16 units is more than 100 code points: past either limit, without counting.
  if (!line || line.length > 200 || line.includes('\n') || line.includes('\t')) return false;
  // Most paragraphs end like a sentence: that test first, before counting anything.
  if (endsClause(line)) return false;
  if (codePointsOver(line, maxLength(line))) return false;
  if (!/[\p{L}]/u.test(line)) return false; // numbers and symbols only
  if (dateLine(line) || signatoryLine(line)) return false;
  return true;
}

/**
 * For inputs without heading marks (plain text, or Markdown/HTML with at most one heading):
 * paragraphs shaped like headings become headings (depth 2; levels are assigned later), except
 * the last block: with nothing under it, it is a truncated last line of text, not a heading.
 */
export function promoteHeadings(blocks: readonly Block[]): Block[] {
  return blocks.map((block, index) => (block.kind === 'paragraph' && index < blocks.length - 1 && looksLikeHeading(block.text)
    ? { kind: 'heading', depth: 2, text: block.text.trim() }
    : block));
}
