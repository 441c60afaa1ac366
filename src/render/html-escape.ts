/** Characters with a meaning in HTML text or attribute values, and their references. */
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Control characters that are not allowed in HTML text (all C0/C1 except tab, LF, CR). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Escape untrusted text for an HTML text node or a quoted attribute value: `& < > " '` become
 * character references and control characters are dropped, so nothing in it can open a tag,
 * close an attribute or start an entity.
 */
export function escapeHtml(text: string): string {
  return text.replace(CONTROLS, '').replace(/[&<>"']/g, (ch) => REFERENCES[ch]!);
}
