import { sanitizeTerminal } from '../text/sanitize.js';

/** Characters with a meaning in HTML text or attribute values, and their references. */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape untrusted text for an HTML text node or a quoted attribute value: `& < > " '` become
 * character references, so nothing in it can open a tag, close an attribute or start an entity;
 * and it is cleaned as for a terminal (`sanitizeTerminal`): escape sequences, control characters
 * and the bidi overrides that would reorder what the reader sees are dropped.
 */
export function escapeHtml(text: string): string {
  return sanitizeTerminal(text).replace(/[&<>"']/g, (ch) => REFERENCES[ch]!);
}
