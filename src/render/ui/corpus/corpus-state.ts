import type { KeyFlags } from '../keymap.js';
import { clamp } from '../viewport.js';

/** Ink's key flags the corpus review reads: the pair review's (the arrows included). */
export type CorpusKeyFlags = KeyFlags;

/** The views of the corpus review, in `tab` order. */
export const VIEWS = ['summits', 'map', 'clause', 'terms'] as const;
export type CorpusView = (typeof VIEWS)[number];

/** How many of each thing the current language has, and the rows a page holds: keys are read against these. */
export interface CorpusBounds {
  languages: number;
  summits: number;
  sections: number;
  clauses: number;
  terms: number;
  /** Rows of the list in the current view. */
  page: number;
}

/** The whole navigation state of the corpus review. */
export interface CorpusState {
  view: CorpusView;
  language: number;
  /** Selected summit (summits and map views). */
  summit: number;
  /** Selected section column (map view). */
  section: number;
  /** Selected clause of the latest summit (clause view). */
  clause: number;
  /** The clause whose history is shown, or null. */
  history: number | null;
  /** First line of the history window. */
  historyScroll: number;
  /** Phrases of the terms pane, in the order typed. */
  terms: string[];
  term: number;
  /** The clauses of the selected phrase are listed. */
  termClauses: boolean;
  /** The phrase being typed after `/`, or null. */
  draft: string | null;
  /** The pair review open over the corpus: a summit against the previous one, at a section index of that pair. */
  pair: { summit: number; section?: number } | null;
  help: boolean;
  quit: boolean;
}

/** Every key of the corpus review with what it does: its help lists exactly this table. */
export const CORPUS_KEY_HELP: readonly (readonly [keys: string, meaning: string])[] = [
  ['tab shift-tab 1-4', 'next / previous view: summits, map, clause, terms'],
  ['[ ]', 'previous / next language'],
  ['j k ↓ ↑', 'next / previous summit, clause or phrase (history lines when a history is open)'],
  ['h l ← →', 'map: previous / next section'],
  ['PgDn PgUp space', 'page down / up'],
  ['g G Home End', 'first / last'],
  ['enter', 'summits, map: pair review against the previous summit (at the section); clause: its history; terms: its clauses'],
  ['/', 'terms: type a phrase (enter adds it, esc cancels)'],
  ['x', 'terms: remove the selected phrase'],
  ['esc', 'back: close help, the history, the clause list, the pair review; then to the summits'],
  ['?', 'this help'],
  ['q Ctrl-C', 'quit (in the pair review: q or esc return here)'],
];

/** The state of a fresh corpus review. */
export function initialCorpusState(): CorpusState {
  return { view: 'summits', language: 0, summit: 0, section: 0, clause: 0, history: null, historyScroll: 0, terms: [], term: 0, termClauses: false, draft: null, pair: null, help: false, quit: false };
}

/** Move the selection of the current view by `delta` (clamped to the bounds). */
function move(state: CorpusState, delta: number, bounds: CorpusBounds): CorpusState {
  switch (state.view) {
    case 'summits':
    case 'map':
      return { ...state, summit: clamp(state.summit + delta, 0, bounds.summits - 1) };
    case 'clause':
      if (state.history !== null) return { ...state, historyScroll: Math.max(0, state.historyScroll + delta) };
      return { ...state, clause: clamp(state.clause + delta, 0, bounds.clauses - 1) };
    case 'terms':
      return { ...state, term: clamp(state.term + delta, 0, Math.max(0, bounds.terms - 1)) };
  }
}

/** What Enter opens in the current view. */
function open(state: CorpusState): CorpusState {
  switch (state.view) {
    case 'summits':
      return state.summit > 0 ? { ...state, pair: { summit: state.summit } } : state;
    case 'map':
      return state.summit > 0 ? { ...state, pair: { summit: state.summit, section: state.section } } : state;
    case 'clause':
      return { ...state, history: state.clause, historyScroll: 0 };
    case 'terms':
      return state.terms.length > 0 ? { ...state, termClauses: !state.termClauses } : state;
  }
}

/** Esc: close the innermost thing open, else go back to the summits. */
function back(state: CorpusState): CorpusState {
  if (state.help) return { ...state, help: false };
  if (state.pair) return { ...state, pair: null };
  if (state.history !== null) return { ...state, history: null };
  if (state.termClauses) return { ...state, termClauses: false };
  return { ...state, view: 'summits' };
}

/** Switch to another view, closing what was open in the one left. */
function switchView(state: CorpusState, view: CorpusView): CorpusState {
  return { ...state, view, history: null, termClauses: false };
}

/** Keys while a phrase is being typed. */
function draftKey(state: CorpusState, input: string, key: CorpusKeyFlags): CorpusState {
  const draft = state.draft ?? '';
  if (key.return) {
    const phrase = draft.trim();
    if (!phrase) return { ...state, draft: null };
    const known = state.terms.indexOf(phrase);
    const terms = known >= 0 ? state.terms : [...state.terms, phrase];
    return { ...state, draft: null, terms, term: known >= 0 ? known : terms.length - 1 };
  }
  if (key.escape) return { ...state, draft: null };
  if (key.backspace || key.delete) return { ...state, draft: [...draft].slice(0, -1).join('') };
  if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return state;
  const text = input.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
  return text ? { ...state, draft: draft + text } : state;
}

/**
 * The corpus review's reducer: one key press read against the state it arrives in and the bounds
 * of the frame on screen. The pair review, when open, takes its keys itself.
 */
export function corpusReducer(state: CorpusState, input: string, key: CorpusKeyFlags, bounds: CorpusBounds): CorpusState {
  if (key.ctrl && input === 'c') return { ...state, quit: true };
  if (state.draft !== null) return draftKey(state, input, key);
  if (state.help) return input === '?' || input === 'q' || key.escape || key.return ? { ...state, help: false } : state;
  if (key.escape) return back(state);
  if (key.downArrow || input === 'j') return move(state, 1, bounds);
  if (key.upArrow || input === 'k') return move(state, -1, bounds);
  if (key.pageDown || input === ' ') return move(state, Math.max(1, bounds.page - 1), bounds);
  if (key.pageUp) return move(state, -Math.max(1, bounds.page - 1), bounds);
  if (key.home || input === 'g') return move(state, -1e9, bounds);
  if (key.end || input === 'G') return move(state, 1e9, bounds);
  if (key.leftArrow || input === 'h') return state.view === 'map' ? { ...state, section: clamp(state.section - 1, 0, bounds.sections - 1) } : state;
  if (key.rightArrow || input === 'l') return state.view === 'map' ? { ...state, section: clamp(state.section + 1, 0, bounds.sections - 1) } : state;
  if (key.tab) return switchView(state, VIEWS[(VIEWS.indexOf(state.view) + (key.shift ? VIEWS.length - 1 : 1)) % VIEWS.length]!);
  if (key.return) return open(state);
  if (key.ctrl || key.meta) return state;
  const direct = ['1', '2', '3', '4'].indexOf(input);
  if (direct >= 0) return switchView(state, VIEWS[direct]!);
  switch (input) {
    case '[':
    case ']': {
      const language = (state.language + (input === ']' ? 1 : bounds.languages - 1)) % Math.max(1, bounds.languages);
      return { ...state, language, summit: 0, section: 0, clause: 0, history: null, termClauses: false };
    }
    case '/': return state.view === 'terms' ? { ...state, draft: '' } : state;
    case 'x': {
      if (state.view !== 'terms' || state.terms.length === 0) return state;
      const terms = state.terms.filter((_, k) => k !== state.term);
      return { ...state, terms, term: clamp(state.term, 0, Math.max(0, terms.length - 1)), termClauses: false };
    }
    case '?': return { ...state, help: true };
    case 'q': return { ...state, quit: true };
    default: return state;
  }
}
