import { type Filter, nextFilter, visibleRows } from './filters.js';
import type { ReviewModel } from './model.js';
import { clamp, keepVisible } from './viewport.js';
import { dropLastGrapheme } from './text-cells.js';
import { changeIdsOf, clipboardText } from './clipboard.js';
import { findClauseRow } from './goto.js';

/** The panes `tab` cycles through. */
export const PANES = ['sections', 'list', 'detail'] as const;

/** A pane that has the keyboard focus. */
export type Pane = (typeof PANES)[number];

/** The views that replace the body while open. */
export type OverlayKind = 'help' | 'timeline' | 'initiatives';

/** Sizes measured by the layout that navigation needs (rows of text). */
export interface Metrics {
  /** Rows of the clause list window. */
  listHeight: number;
  /** Rows of the detail window. */
  detailHeight: number;
  /** Lines of the selected change's detail at the current width. */
  detailLines: number;
  /** Rows of the overlay window. */
  overlayHeight: number;
  /** Lines of the open overlay's text. */
  overlayLines: number;
}

/** The whole navigation state of the review UI. */
export interface ReviewState {
  model: ReviewModel;
  filter: Filter;
  /** The confirmed search query (as typed). */
  query: string;
  /** The query being typed after `/`, or null when not searching. */
  draft: string | null;
  /** The clause number being typed after `:`, or null. */
  jump: string | null;
  /** The last text `y` copied (the UI sends it to the terminal's clipboard once per serial). */
  copy: { text: string; serial: number } | null;
  /** Indices of the rows shown, after filter and search. */
  visible: readonly number[];
  /** Position of the selection in `visible`. */
  cursor: number;
  /** First position of `visible` in the list window. */
  scroll: number;
  pane: Pane;
  /** Selected entry of the section tree. */
  sectionCursor: number;
  /** First line of the detail window. */
  detailScroll: number;
  /** Wording diff side by side instead of inline. */
  sideBySide: boolean;
  overlay: OverlayKind | null;
  /** First line of the overlay window. */
  overlayScroll: number;
  metrics: Metrics;
  /** One-line notice shown in the footer until the next key. */
  message: string | null;
  /** The user asked to quit. */
  quit: boolean;
}

/** Everything a key can ask for. */
export type Action =
  | { type: 'move'; delta: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'edge'; to: 'start' | 'end' }
  | { type: 'change'; direction: 1 | -1 }
  | { type: 'pane'; direction: 1 | -1 }
  | { type: 'filter'; direction: 1 | -1 }
  | { type: 'search-start' }
  | { type: 'search-input'; text: string }
  | { type: 'search-backspace' }
  | { type: 'search-commit' }
  | { type: 'search-cancel' }
  | { type: 'jump-start' }
  | { type: 'jump-input'; text: string }
  | { type: 'jump-backspace' }
  | { type: 'jump-commit' }
  | { type: 'jump-cancel' }
  | { type: 'detail-scroll'; delta: number }
  | { type: 'copy' }
  | { type: 'clear' }
  | { type: 'side-by-side' }
  | { type: 'open'; overlay: OverlayKind }
  | { type: 'close' }
  | { type: 'metrics'; metrics: Partial<Metrics> }
  | { type: 'quit' };

/** Default metrics before the first layout: an 80×24 terminal. */
const DEFAULT_METRICS: Metrics = { listHeight: 8, detailHeight: 7, detailLines: 0, overlayHeight: 18, overlayLines: 0 };

/** The state when the UI opens: all rows, the first change selected, list focused. */
export function initialState(model: ReviewModel, metrics: Partial<Metrics> = {}): ReviewState {
  const state: ReviewState = {
    model, filter: 'all', query: '', draft: null, jump: null, copy: null, visible: visibleRows(model.rows, 'all', ''), cursor: 0, scroll: 0,
    pane: 'list', sectionCursor: 0, detailScroll: 0, sideBySide: false, overlay: null, overlayScroll: 0,
    metrics: { ...DEFAULT_METRICS, ...metrics }, message: null, quit: false,
  };
  const first = state.visible.findIndex((index) => model.rows[index]!.changed);
  return select(state, first === -1 ? 0 : first);
}

/** The row index of the selection, or undefined when nothing is visible. */
export function selectedRow(state: ReviewState): number | undefined {
  return state.visible[state.cursor];
}

/** Select a position in `visible`, keeping it in the window and the section tree in step. */
function select(state: ReviewState, cursor: number): ReviewState {
  const count = state.visible.length;
  const next = clamp(cursor, 0, Math.max(0, count - 1));
  const row = state.visible[next];
  return {
    ...state,
    cursor: next,
    scroll: keepVisible(next, state.scroll, state.metrics.listHeight, count),
    sectionCursor: row === undefined ? state.sectionCursor : state.model.rows[row]!.section,
    detailScroll: next === state.cursor ? state.detailScroll : 0,
  };
}

/** Recompute the visible rows for a filter and query, keeping the selected row (or the next one) selected. */
function refilter(state: ReviewState, filter: Filter, query: string): ReviewState {
  const keep = selectedRow(state) ?? 0;
  const visible = visibleRows(state.model.rows, filter, state.model.fold(query));
  let cursor = visible.findIndex((index) => index >= keep);
  if (cursor === -1) cursor = visible.length - 1;
  return select({ ...state, filter, visible, cursor: -1 }, cursor);
}

/** Move the selection of the focused pane (or scroll the overlay) by `delta` lines. */
function move(state: ReviewState, delta: number): ReviewState {
  const { metrics } = state;
  if (state.overlay) {
    const max = Math.max(0, metrics.overlayLines - metrics.overlayHeight);
    return { ...state, overlayScroll: clamp(state.overlayScroll + delta, 0, max) };
  }
  switch (state.pane) {
    case 'list':
      return select(state, state.cursor + delta);
    case 'detail': {
      const max = Math.max(0, metrics.detailLines - metrics.detailHeight);
      return { ...state, detailScroll: clamp(state.detailScroll + delta, 0, max) };
    }
    case 'sections': {
      const sectionCursor = clamp(state.sectionCursor + delta, 0, Math.max(0, state.model.sections.length - 1));
      const rows = state.model.rows;
      const at = state.visible.findIndex((index) => rows[index]!.section === sectionCursor);
      return at === -1 ? { ...state, sectionCursor } : { ...select(state, at), sectionCursor };
    }
  }
}

/** Height of one page for the focused pane or overlay. */
function pageSize(state: ReviewState): number {
  const { metrics } = state;
  if (state.overlay) return Math.max(1, metrics.overlayHeight - 1);
  if (state.pane === 'detail') return Math.max(1, metrics.detailHeight - 1);
  return Math.max(1, metrics.listHeight - 1);
}

/** Select the next (or previous) visible row that is a change. */
function jumpToChange(state: ReviewState, direction: 1 | -1): ReviewState {
  const rows = state.model.rows;
  for (let at = state.cursor + direction; at >= 0 && at < state.visible.length; at += direction) {
    if (rows[state.visible[at]!]!.changed) return { ...select(state, at), pane: state.pane === 'sections' ? 'list' : state.pane };
  }
  return { ...state, message: direction === 1 ? 'no later change' : 'no earlier change' };
}

/** Select the next (or previous) visible row while a search is active: every visible row matches it. */
function jumpToMatch(state: ReviewState, direction: 1 | -1): ReviewState {
  const at = state.cursor + direction;
  if (at < 0 || at >= state.visible.length) return { ...state, message: direction === 1 ? 'no later match' : 'no earlier match' };
  return { ...select(state, at), pane: state.pane === 'sections' ? 'list' : state.pane };
}

/** Select the row of the clause typed after `:`, showing every row first when the filter or search hides it. */
function jumpToClause(state: ReviewState, text: string): ReviewState {
  const row = findClauseRow(state.model, text);
  if (row === undefined) return { ...state, message: `no clause ${text}` };
  const shown = state.visible.includes(row) ? state : refilter({ ...state, query: '' }, 'all', '');
  return { ...select(shown, shown.visible.indexOf(row)), pane: state.pane === 'sections' ? 'list' : state.pane };
}

/** Scroll the detail pane, whichever pane has the focus. */
function scrollDetail(state: ReviewState, delta: number): ReviewState {
  const max = Math.max(0, state.metrics.detailLines - state.metrics.detailHeight);
  return { ...state, detailScroll: clamp(state.detailScroll + delta, 0, max) };
}

/** The navigation reducer: a pure function of the state and one action. */
export function reviewReducer(previous: ReviewState, action: Action): ReviewState {
  const state = previous.message === null || action.type === 'metrics' ? previous : { ...previous, message: null };
  switch (action.type) {
    case 'move':
      return move(state, action.delta);
    case 'page':
      return move(state, action.direction * pageSize(state));
    case 'edge':
      return move(state, action.to === 'start' ? -Number.MAX_SAFE_INTEGER / 2 : Number.MAX_SAFE_INTEGER / 2);
    case 'change':
      if (state.overlay) return state;
      return state.query === '' ? jumpToChange(state, action.direction) : jumpToMatch(state, action.direction);
    case 'pane': {
      const at = PANES.indexOf(state.pane);
      return { ...state, pane: PANES[(at + action.direction + PANES.length) % PANES.length]! };
    }
    case 'filter':
      return refilter(state, nextFilter(state.filter, action.direction), state.draft ?? state.query);
    case 'search-start':
      return { ...state, draft: '', overlay: null };
    case 'search-input':
      return state.draft === null ? state : refilter({ ...state, draft: state.draft + action.text }, state.filter, state.draft + action.text);
    case 'search-backspace': {
      if (state.draft === null) return state;
      const draft = dropLastGrapheme(state.draft);
      return refilter({ ...state, draft }, state.filter, draft);
    }
    case 'search-commit': {
      if (state.draft === null) return state;
      const done = { ...state, query: state.draft, draft: null, pane: 'list' as const };
      // Enter jumps to the first match.
      return done.visible.length === 0 ? { ...done, message: `no clause contains “${state.draft}”` } : select(done, 0);
    }
    case 'search-cancel':
      return state.draft === null ? state : refilter({ ...state, draft: null }, state.filter, state.query);
    case 'jump-start':
      return { ...state, jump: '', overlay: null };
    case 'jump-input':
      return state.jump === null ? state : { ...state, jump: state.jump + action.text };
    case 'jump-backspace':
      return state.jump === null ? state : { ...state, jump: dropLastGrapheme(state.jump) };
    case 'jump-cancel':
      return { ...state, jump: null };
    case 'jump-commit':
      return state.jump === null || state.jump === '' ? { ...state, jump: null } : jumpToClause({ ...state, jump: null }, state.jump);
    case 'detail-scroll':
      return state.overlay ? move(state, action.delta) : scrollDetail(state, action.delta);
    case 'copy': {
      const row = selectedRow(state);
      if (row === undefined || state.overlay) return state;
      const change = state.model.rows[row]!.change;
      const text = clipboardText(change);
      return { ...state, copy: { text, serial: (state.copy?.serial ?? 0) + 1 }, message: `copied ${changeIdsOf(change)} (${Array.from(text).length} characters) to the clipboard` };
    }
    case 'clear':
      return refilter({ ...state, query: '', draft: null }, 'all', '');
    case 'side-by-side':
      return { ...state, sideBySide: !state.sideBySide, detailScroll: 0 };
    case 'open':
      return state.overlay === action.overlay ? { ...state, overlay: null } : { ...state, overlay: action.overlay, overlayScroll: 0 };
    case 'close':
      return { ...state, overlay: null };
    case 'metrics': {
      const metrics = { ...state.metrics, ...action.metrics };
      const same = (Object.keys(metrics) as (keyof Metrics)[]).every((name) => metrics[name] === state.metrics[name]);
      if (same) return state;
      const detailMax = Math.max(0, metrics.detailLines - metrics.detailHeight);
      const overlayMax = Math.max(0, metrics.overlayLines - metrics.overlayHeight);
      return {
        ...state,
        metrics,
        scroll: keepVisible(state.cursor, state.scroll, metrics.listHeight, state.visible.length),
        detailScroll: Math.min(state.detailScroll, detailMax),
        overlayScroll: Math.min(state.overlayScroll, overlayMax),
      };
    }
    case 'quit':
      return { ...state, quit: true };
  }
}
