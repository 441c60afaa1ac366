import { Box, useApp, useStdout } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { sanitizeTerminal } from '../../text/sanitize.js';
import type { DiffResult } from '../../types.js';
import { ChangeDetail } from './change-detail.js';
import { ChangeList } from './change-list.js';
import { detailLines } from './detail-lines.js';
import { Footer } from './footer.js';
import { Header } from './header.js';
import { HELP_TITLE, helpLines } from './help-overlay.js';
import { highlightLine } from './highlight.js';
import { osc52 } from './clipboard.js';
import { uiReducer } from './keymap.js';
import { useKeyPresses } from './key-stream.js';
import { computeLayout } from './layout.js';
import { buildModel } from './model.js';
import { initialState, type Metrics, type ReviewState, reviewReducer, selectedRow } from './review-state.js';
import { type ReportWriter, useReportKey } from './report-key.js';
import { SectionTree } from './section-tree.js';
import { type Line, wrapSegments } from './text-cells.js';
import { TextOverlay } from './text-overlay.js';
import { useTerminalSize } from './use-terminal-size.js';
import { clamp, keepVisible } from './viewport.js';

/** Builds the text of an extra view (timeline, initiatives) on demand, for the overlay's inner width (its tables fit it). */
export type ViewLoader = (width: number) => Promise<string> | string;

/** The extra views the review can open; a missing one shows as not available. */
export interface ReviewViews {
  timeline?: ViewLoader;
  initiatives?: ViewLoader;
}

/** Props of `App`. */
export interface AppProps {
  result: DiffResult;
  /** Texts for `t` and `i`. Default: none (the keys say “not available”). */
  views?: ReviewViews;
  /** Draw colours; when false, wording changes are marked `[-…-]` / `{+…+}`. Default true. */
  color?: boolean;
  /** Folding for search (the diff contract's `foldText` in the CLI). Default: NFKC, lower case, no whitespace. */
  fold?: (text: string) => string;
  /** Writes the pair's Word redline for `w` (see `report-key.ts`). Default: none. */
  writeReport?: ReportWriter;
  /** Called instead of ending the app on `q` (the corpus review returns to itself). */
  onQuit?: () => void;
  /** Called on `esc` when there is nothing to clear or close (the corpus review goes back). */
  onBack?: () => void;
  /** Index into the result's sections to start at (the clause list at that section's first clause). */
  initialSection?: number;
}

const VIEW_TITLE = { timeline: 'Timeline of the pair', initiatives: 'Initiatives: new and dropped' } as const;
type ViewKind = keyof typeof VIEW_TITLE;

/** The state with the clause list at the first clause of section `section` (through the section pane, as the keys would). */
function atSection(state: ReviewState, section: number | undefined): ReviewState {
  if (section === undefined) return state;
  const tree = reviewReducer(state, { type: 'pane', direction: -1 });
  const inTree = reviewReducer(tree, { type: 'move', delta: section - tree.sectionCursor });
  return reviewReducer(inTree, { type: 'pane', direction: 1 });
}

/** The interactive review of one diff: header, section tree, clause list, change detail, overlays. */
export function App({ result, views = {}, color = true, fold, writeReport, onQuit, onBack, initialSection }: AppProps) {
  const model = useMemo(() => buildModel(result, fold ? { fold } : {}), [result, fold]);
  const size = useTerminalSize();
  const layout = computeLayout(size.columns, size.rows);
  const [state, dispatch] = useReducer(uiReducer, model, (first) =>
    atSection(initialState(first, { listHeight: layout.listHeight, detailHeight: layout.detailHeight, overlayHeight: layout.overlayHeight }), initialSection));
  const { exit } = useApp();
  const metrics = useRef<Metrics | undefined>(undefined);
  const latest = useRef(state);
  latest.current = state;
  useKeyPresses(({ input, key }) => {
    const now = latest.current;
    if (onBack && key.escape && now.draft === null && now.overlay === null && now.query === '' && now.filter === 'all') return onBack();
    dispatch({ type: 'key', input, key, ...(metrics.current ? { metrics: metrics.current } : {}) });
  });

  const reportMessage = useReportKey(writeReport, state.draft === null && state.overlay === null);
  const row = selectedRow(state);
  const change = row === undefined ? undefined : model.rows[row]!.change;
  const detail = useMemo<Line[]>(
    () => (change
      ? detailLines(change, { width: layout.detailWidth, sideBySide: state.sideBySide, color })
      : [[{ text: 'No clause passes the filter and search (esc clears them).', tone: 'dim' }]]),
    [change, layout.detailWidth, state.sideBySide, color],
  );

  // Texts by view and width: a view is built again for a terminal resized while it is open.
  const [texts, setTexts] = useState<Partial<Record<string, string>>>({});
  const viewKind = state.overlay === 'timeline' || state.overlay === 'initiatives' ? state.overlay : null;
  const viewKey = viewKind === null ? null : `${viewKind} ${layout.overlayWidth}`;
  useEffect(() => {
    if (viewKind === null || viewKey === null || texts[viewKey] !== undefined) return;
    const loader = views[viewKind];
    if (!loader) {
      setTexts((all) => ({ ...all, [viewKey]: `The ${viewKind} view is not available in this build.` }));
      return;
    }
    setTexts((all) => ({ ...all, [viewKey]: 'Loading…' }));
    const width = layout.overlayWidth;
    Promise.resolve()
      .then(() => loader(width))
      .then(
        (text) => setTexts((all) => ({ ...all, [viewKey]: text })),
        (error: unknown) => setTexts((all) => ({ ...all, [viewKey]: `Could not build the ${viewKind}: ${error instanceof Error ? error.message : String(error)}` })),
      );
  }, [viewKind, viewKey, texts, views, layout.overlayWidth]);
  const overlayLines = useMemo<Line[]>(() => {
    if (state.overlay === 'help') return helpLines(layout.overlayWidth);
    if (viewKey === null) return [];
    const text = sanitizeTerminal(texts[viewKey] ?? '').replace(/\t/g, '    ');
    return text.split('\n').flatMap((line) => wrapSegments([{ text: line, tone: 'plain' }], layout.overlayWidth));
  }, [state.overlay, viewKey, texts, layout.overlayWidth]);

  // `y`: the copied text goes to the terminal's clipboard, once per copy. Written straight to the
  // terminal: the sequence draws nothing and moves no cursor, so Ink's frame stays as it is.
  const { stdout } = useStdout();
  useEffect(() => {
    if (state.copy) stdout.write(osc52(state.copy.text));
  }, [state.copy, stdout]);

  const foldedQuery = model.fold(state.draft ?? state.query);
  const shownDetail = useMemo(() => (foldedQuery === '' ? detail : detail.map((line) => highlightLine(line, foldedQuery, model.fold))), [detail, foldedQuery, model]);

  useEffect(() => {
    if (state.quit) (onQuit ?? exit)();
  }, [state.quit, exit, onQuit]);

  metrics.current = {
    listHeight: layout.listHeight, detailHeight: layout.detailHeight, detailLines: detail.length,
    overlayHeight: Math.max(1, layout.overlayHeight - 1), overlayLines: overlayLines.length,
  };
  // Windows are clamped to the current size here; the reducer catches up with the next key.
  const scroll = keepVisible(state.cursor, state.scroll, layout.listHeight, state.visible.length);
  const detailScroll = clamp(state.detailScroll, 0, Math.max(0, detail.length - layout.detailHeight));
  const overlayScroll = clamp(state.overlayScroll, 0, Math.max(0, overlayLines.length - metrics.current.overlayHeight));
  const empty = state.draft ?? state.query ? 'No clause contains the search text.' : 'No clause passes this filter (f: next filter).';
  return (
    <Box flexDirection="column" width={layout.columns} height={layout.height}>
      <Header model={model} width={layout.columns} color={color} />
      {state.overlay === 'help' ? (
        <TextOverlay title={HELP_TITLE} lines={overlayLines} scroll={overlayScroll} height={layout.overlayHeight} width={layout.overlayWidth} color={color} />
      ) : viewKind !== null ? (
        <TextOverlay title={VIEW_TITLE[viewKind]} lines={overlayLines} scroll={overlayScroll} height={layout.overlayHeight} width={layout.overlayWidth} color={color} />
      ) : (
        <>
          <Box flexDirection="row">
            <SectionTree sections={model.sections} cursor={state.sectionCursor} height={layout.listHeight} width={layout.treeWidth - 2} focused={state.pane === 'sections'} color={color} />
            <ChangeList rows={model.rows} visible={state.visible} cursor={state.cursor} scroll={scroll} height={layout.listHeight} width={layout.listWidth - 2} focused={state.pane === 'list'} color={color} empty={empty} {...(foldedQuery === '' ? {} : { highlight: (line: Line) => highlightLine(line, foldedQuery, model.fold) })} />
          </Box>
          <ChangeDetail lines={shownDetail} scroll={detailScroll} height={layout.detailHeight} width={layout.detailWidth} focused={state.pane === 'detail'} color={color} />
        </>
      )}
      <Footer state={reportMessage === null ? state : { ...state, message: reportMessage }} width={layout.columns} color={color} />
    </Box>
  );
}
