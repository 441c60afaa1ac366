/** ANSI/VT escape sequences: CSI, OSC (terminated by BEL or ST), and other ESC-introduced codes. */
const ESCAPE_SEQUENCES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[PX^_][^\u001B]*(?:\u001B\\)?|\u001B[@-Z\\-_]?|\u009B[0-?]*[ -/]*[@-~]/g;

/** C0 and C1 control characters except tab and newline, plus bidi overrides that reorder text. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Make untrusted document text safe to draw on a terminal: escape sequences and control
 * characters are removed; tabs and newlines are kept.
 */
export function sanitizeTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(CONTROLS, '');
}

/**
 * A user-given string made safe to quote in a one-line message: escape sequences, controls and
 * bidi overrides dropped (`sanitizeTerminal`), other whitespace but the space and unpaired
 * surrogates shown as `?`; letters of every script kept.
 */
export function printable(text: string, max = 80): string {
  const clean = sanitizeTerminal(text).replace(/[^\S ]|[\ud800-\udfff]/gu, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
