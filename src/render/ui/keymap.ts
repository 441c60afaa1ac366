import type { KeyPressFlags } from './key-stream.js';
import { type Action, type Metrics, type ReviewState, reviewReducer } from './review-state.js';

/** Ink's key flags, as the key map reads them (one press each: see `key-stream.ts`). */
export type KeyFlags = KeyPressFlags;

/** Every key of the review UI with what it does: the help overlay lists exactly this table. */
export const KEY_HELP: readonly (readonly [keys: string, meaning: string])[] = [
  ['j k ↓ ↑', 'next / previous line (clause, section or detail line, by pane)'],
  ['PgDn PgUp space ^F ^B', 'page down / up (the detail, when it has the focus)'],
  ['g G Home End', 'first / last line'],
  ['J K', 'scroll the detail of a long clause from any pane'],
  ['n N', 'next / previous change; after a search, next / previous match'],
  ['tab shift-tab', 'next / previous pane: sections → clauses → detail'],
  ['enter', 'in sections: go to the clauses'],
  ['f F', 'cycle filter: all, changes, added, removed, reworded, moved'],
  ['/', 'search clause text, matches highlighted (enter jumps to the first, esc cancels)'],
  [':N', 'go to clause N (b numbering; a12 for A\'s)'],
  ['esc', 'clear search and filter; close an overlay'],
  ['y', 'copy the clause and its ids to the clipboard (OSC 52)'],
  ['s', 'wording diff inline / side by side'],
  ['t', 'timeline of the pair'],
  ['i', 'initiatives new and dropped between the pair'],
  ['w', 'write the Word redline of the pair (.docx) to the current folder'],
  ['?', 'this help'],
  ['q Ctrl-C', 'quit'],
];

/** Translate one key press (Ink's `input` and flags) into an action, or null when the key means nothing here. */
export function keyToAction(input: string, key: KeyFlags, state: ReviewState): Action | null {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (state.draft !== null) return searchKey(input, key);
  if (state.jump !== null) return jumpKey(input, key);
  if (state.overlay === 'help' && (input === '?' || key.return)) return { type: 'close' };
  if (state.overlay && (input === 'q' || key.escape || input === state.overlay[0])) return { type: 'close' };
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.pageDown || (key.ctrl && input === 'f') || input === ' ') return { type: 'page', direction: 1 };
  if (key.pageUp || (key.ctrl && input === 'b')) return { type: 'page', direction: -1 };
  if (key.home || input === 'g') return { type: 'edge', to: 'start' };
  if (key.end || input === 'G') return { type: 'edge', to: 'end' };
  if (key.escape) return { type: 'clear' };
  if (key.ctrl || key.meta) return null;
  if (key.tab) return { type: 'pane', direction: key.shift ? -1 : 1 };
  if (key.return) return state.pane === 'sections' ? { type: 'pane', direction: 1 } : null;
  switch (input) {
    case 'n': return { type: 'change', direction: 1 };
    case 'N': return { type: 'change', direction: -1 };
    case 'f': return { type: 'filter', direction: 1 };
    case 'F': return { type: 'filter', direction: -1 };
    case '/': return { type: 'search-start' };
    case ':': return { type: 'jump-start' };
    case 'J': return { type: 'detail-scroll', delta: 1 };
    case 'K': return { type: 'detail-scroll', delta: -1 };
    case 'y': return { type: 'copy' };
    case 's': return { type: 'side-by-side' };
    case 't': return { type: 'open', overlay: 'timeline' };
    case 'i': return { type: 'open', overlay: 'initiatives' };
    case '?': return { type: 'open', overlay: 'help' };
    case 'q': return { type: 'quit' };
    default: return null;
  }
}

/** Keys while a search query is being typed: text goes into the query. */
function searchKey(input: string, key: KeyFlags): Action | null {
  if (key.return) return { type: 'search-commit' };
  if (key.escape) return { type: 'search-cancel' };
  if (key.backspace || key.delete) return { type: 'search-backspace' };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return null;
  // Typed or pasted text, multi-byte included; drop anything that is not printable.
  const text = input.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  return text === '' ? null : { type: 'search-input', text };
}

/** Keys while a clause number is being typed after `:`: digits and the side letters go into it. */
function jumpKey(input: string, key: KeyFlags): Action | null {
  if (key.return) return { type: 'jump-commit' };
  if (key.escape) return { type: 'jump-cancel' };
  if (key.backspace || key.delete) return { type: 'jump-backspace' };
  return /^[0-9abAB]+$/.test(input) && !key.ctrl && !key.meta ? { type: 'jump-input', text: input } : null;
}

/** An action of the UI: a reducer action, or a raw key press to be mapped against the current state. */
export type UiAction = Action | { type: 'key'; input: string; key: KeyFlags; metrics?: Metrics };

/**
 * The UI's reducer: key presses are mapped with the state they arrive in (so that keys typed faster
 * than frames, such as `/` followed by pasted text, are read correctly), then reduced. Sizes travel
 * with the keys, so that drawing never needs a second render to report them.
 */
export function uiReducer(state: ReviewState, action: UiAction): ReviewState {
  if (action.type !== 'key') return reviewReducer(state, action);
  // The sizes the key is read against: those of the frame on screen when it was pressed.
  const measured = action.metrics ? reviewReducer(state, { type: 'metrics', metrics: action.metrics }) : state;
  const mapped = keyToAction(action.input, action.key, measured);
  return mapped ? reviewReducer(measured, mapped) : measured;
}
