import type { Block } from './blocks.js';
import { holdsJsonRawControls, JSON_RAW_CONTROL_CLASS } from '../text/sanitize.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markFreeOfRawControls } from './raw-control-free.js';

/** A backslash escape of ASCII punctuation, or a decimal character reference (as the writer emits). */
const ESCAPE_OR_REFERENCE = /\\([!-/:-@[-`{-~])|&#(\d{1,7});/g;

/** Undo `escapeMarkdown` on one line. */
export function unescapeMarkdown(line: string): string {
  return line.replace(ESCAPE_OR_REFERENCE, (_match, punct: string | undefined, code: string | undefined) =>
    punct ?? String.fromCodePoint(Number(code)),
  );
}

/**
 * A line with none of the characters `escapeMarkdown` escapes, not starting with a character it
 * treats specially at the start of a line (`#+=-`, a digit, a space or tab) and not ending with
 * `#`, a space or a tab: `unescapeMarkdown` and `escapeMarkdown` both return it unchanged. Nor
 * does it hold a character the JSON report escapes (`JSON_RAW_CONTROL_CLASS`): the same scan
 * tells that a file has none (`markFreeOfRawControls`), which the report would otherwise look for
 * in every clause again.
 */
const PLAIN = new RegExp(`^[^\\\\\`*_[\\]<>&~|!#+=\\-\\d \\t${JSON_RAW_CONTROL_CLASS}][^\\\\\`*_[\\]<>&~|!${JSON_RAW_CONTROL_CLASS}]*$`);

function isPlain(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last !== 0x23 && last !== 0x20 && last !== 0x09 && PLAIN.test(line);
}

/**
 * Read the body of a file that is exactly in the canonical form the writer produces: one-line
 * headings and paragraphs separated by blank lines, every line what `escapeMarkdown` would write.
 * This skips the full Markdown parser (tens of milliseconds to load, and slow on long files);
 * returns null at the first line that is not canonical, so that the caller falls back to remark.
 */
export function readCanonicalLines(body: string): Block[] | null {
  if (body.includes('\r')) return null;
  const lines = body.split('\n');
  const blocks: Block[] = [];
  let rawControls = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if ((lines[i + 1] ?? '') !== '') return null; // paragraphs of several lines: let remark decide
    if (isPlain(line)) {
      // Nearly every line of a declaration: nothing to unescape or escape, not a heading.
      if (line.trim() === '') return null;
      blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const raw = heading ? heading[2]! : line;
    const text = unescapeMarkdown(raw);
    if (text.trim() === '' || escapeMarkdown(text) !== raw) return null;
    rawControls ||= holdsJsonRawControls(text);
    blocks.push(heading ? { kind: 'heading', depth: heading[1]!.length, text } : { kind: 'paragraph', text });
  }
  if (!rawControls) markFreeOfRawControls(blocks);
  return blocks;
}
