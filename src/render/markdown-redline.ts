import { sanitizeTerminal } from '../text/sanitize.js';
import type { WordEdit } from '../types.js';
import { coalesceEdits } from './edits.js';

/**
 * Escape text for inline GitHub-flavoured Markdown: every character that could start markup
 * (emphasis, strikethrough, code, links, images, HTML, entities, tables, math, headings) gets a
 * backslash, so clause text shows as written and cannot inject Markdown or HTML. Line breaks
 * become spaces (one clause is one paragraph); terminal escape sequences and control characters
 * are dropped, as the report may be printed to a terminal; URLs and `@names` are not linked.
 */
export function escapeInline(text: string): string {
  return unlinked(sanitizeTerminal(text).replace(/\t/g, ' ').replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>&~|!#$]/g, '\\$&'));
}

/** The invisible word joiner GitHub's autolinks and mentions cannot cross. */
const JOINER = '\u2060';

/**
 * Text GitHub cannot turn into a link or a mention: a word joiner after every `@` (mentions,
 * e-mail addresses), inside `://` and after `www` (bare URLs); a backslash does not stop them,
 * as GitHub links text after it decodes escapes.
 */
function unlinked(text: string): string {
  return text.replace(/@/g, `@${JOINER}`).replace(/:\/\//g, `:${JOINER}//`).replace(/\b(www)\./giu, `$1${JOINER}.`);
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/** Is this neighbour (undefined: start or end of the line) whitespace for CommonMark's flanking rules? */
function isSpace(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

function isPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && PUNCTUATION.test(ch);
}

/**
 * Would `~~inner~~` / `**inner**` between `prev` and `next` parse as one span? CommonMark's
 * flanking rules fail when the span starts with punctuation right after a letter (`国**“…`),
 * common in Chinese, where no space separates words.
 */
export function canDelimit(inner: string, prev: string | undefined, next: string | undefined): boolean {
  const chars = [...inner];
  const first = chars[0];
  const last = chars[chars.length - 1];
  if (first === undefined || isSpace(first) || isSpace(last)) return false;
  const opens = !isPunctuation(first) || isSpace(prev) || isPunctuation(prev);
  const closes = !isPunctuation(last) || isSpace(next) || isPunctuation(next);
  return opens && closes;
}

/**
 * A GitHub-flavoured redline of a wording diff: `~~deleted~~`, `**inserted**`, text escaped.
 * Where the delimiters would not parse (see `canDelimit`), `<del>…</del>` / `<ins>…</ins>`,
 * which GitHub also renders.
 */
export function redline(edits: WordEdit[]): string {
  // Steps coalesced, so that two spans never touch with the same delimiter.
  const steps = coalesceEdits(edits).map((edit) => ({ op: edit.op, text: escapeInline(edit.text) }));
  let out = '';
  for (const [i, step] of steps.entries()) {
    if (step.op === 'equal') {
      out += step.text;
      continue;
    }
    // Spaces at either end stay outside the marks: `** and x**` would not parse, ` **and x**` does.
    const [, lead = '', inner = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(step.text) ?? [];
    const [mark, tag] = step.op === 'delete' ? ['~~', 'del'] : ['**', 'ins'];
    if (inner === '') {
      out += `<${tag}>${step.text}</${tag}>`; // an edit of spaces alone
      continue;
    }
    const following = steps[i + 1];
    // A following span starts with `~`, `*`, `<` or a space: punctuation or space in every case.
    const next = trail !== '' ? trail[0] : following === undefined ? undefined : following.op === 'equal' ? [...following.text][0] : '*';
    out += lead;
    const prev = out === '' ? undefined : [...out].pop();
    out += canDelimit(inner, prev, next) ? `${mark}${inner}${mark}` : `<${tag}>${inner}</${tag}>`;
    out += trail;
  }
  return out;
}
