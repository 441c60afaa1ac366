/** ANSI/VT escape sequences: CSI, OSC (terminated by BEL or ST), and other ESC-introduced codes. */
const ESCAPE_SEQUENCES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[PX^_][^\u001B\u009C]*(?:\u001B\\|\u009C)?|\u001B[@-Z\\-_]?|\u009B[0-?]*[ -/]*[@-~]|[\u009D\u0090\u0098\u009E\u009F][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?/g;

/**
 * C0 and C1 control characters except tab and newline, and every bidi control and direction mark
 * (embeddings, overrides, isolates, LRM, RLM, ALM, the deprecated format controls).
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u206F]/g;

/** The characters JSON.stringify leaves raw but a terminal acts on, as the body of a character class: C1 controls, bidi controls and direction marks. */
export const JSON_RAW_CONTROL_CLASS = '\\u007F-\\u009F\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u206F';

/** One of `JSON_RAW_CONTROL_CLASS`, anywhere. */
const JSON_RAW_CONTROLS = new RegExp(`[${JSON_RAW_CONTROL_CLASS}]`, 'g');

/** One of the characters of `JSON_RAW_CONTROLS` (no `g`: `test` keeps no position between calls). */
const JSON_RAW_CONTROL = new RegExp(`[${JSON_RAW_CONTROL_CLASS}]`);

/** Does `text` hold a character that `escapeJsonControls` writes as a `\u` escape in its JSON? */
export function holdsJsonRawControls(text: string): boolean {
  return JSON_RAW_CONTROL.test(text);
}

/**
 * JSON text with the C1 controls and bidi marks JSON.stringify leaves raw written as `\u` escapes:
 * the same value, safe on a terminal (outside strings JSON holds only ASCII, so this is exact).
 */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW_CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

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
