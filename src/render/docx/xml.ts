import { sanitizeTerminal } from '../../text/sanitize.js';

/** What XML 1.0 cannot hold even as a reference: lone surrogates and U+FFFE/U+FFFF. */
const NOT_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Characters with a meaning in XML text or a quoted attribute, and their references. */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Any character that `cleanText` or `escapeXml` would change (surrogates checked only when present). */
const NEEDS_WORK = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF&<>"]/;

/**
 * Untrusted document text made fit for a Word text node: cleaned as for a terminal
 * (`sanitizeTerminal`: escape sequences, controls, bidi overrides), what XML cannot hold dropped,
 * tabs and line breaks made spaces (one clause is one paragraph of one line).
 */
export function cleanText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return sanitizeTerminal(text).replace(NOT_XML, '').replace(/[\t\n]/g, ' ');
}

/** Clean text (`cleanText`) escaped for an XML text node or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text; // most clauses: nothing to clean or escape
  return cleanText(text).replace(/[&<>"]/g, (ch) => REFERENCES[ch]!);
}
