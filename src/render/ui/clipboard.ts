import { sanitizeTerminal } from '../../text/sanitize.js';
import type { Change } from '../../types.js';

/** The OSC 52 sequence that asks the terminal (and tmux, with `set-clipboard on`) to put `text` on the clipboard. */
export function osc52(text: string): string {
  return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

/** `a12 → b13`: the ids of a change, A side first. */
export function changeIdsOf(change: Change): string {
  return [change.from.map((clause) => clause.id).join(' '), change.to.map((clause) => clause.id).join(' ')].filter(Boolean).join(' → ');
}

/** What `y` copies: the change's ids on a line, then its clause text (the new wording, the old for a removed clause), sanitised. */
export function clipboardText(change: Change): string {
  const side = change.to.length > 0 ? change.to : change.from;
  return `${changeIdsOf(change)}\n${side.map((clause) => sanitizeTerminal(clause.text)).join('\n')}`;
}
