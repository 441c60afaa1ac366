import { Box, useApp } from 'ink';
import { useEffect, useMemo, useReducer, useRef } from 'react';
import type { Corpus } from '../../../timeline/corpus.js';
import { flattenClauses } from '../../../tree/flatten.js';
import { renderHistoryText } from '../../history-text.js';
import { App } from '../app.js';
import { useKeyPresses } from '../key-stream.js';
import type { Line } from '../text-cells.js';
import { useTerminalSize } from '../use-terminal-size.js';
import { ClauseView } from './clause-view.js';
import { CorpusHelp } from './corpus-help.js';
import { type CorpusBounds, type CorpusKeyFlags, type CorpusState, corpusReducer, initialCorpusState } from './corpus-state.js';
import { CorpusFooter, CorpusHeader } from './frame.js';
import { HeatMap } from './heat-map.js';
import { markedLines } from './marked-lines.js';
import { SummitsView } from './summits-view.js';
import { TermsView } from './terms-view.js';

/** Props of `CorpusApp`. */
export interface CorpusAppProps {
  corpus: Corpus;
  /** Draw colours; when false, wording changes are marked `[-…-]` / `{+…+}`. Default true. */
  color?: boolean;
  /** Folding for the pair review's search. */
  fold?: (text: string) => string;
}

type CorpusAction = { type: 'key'; input: string; key: CorpusKeyFlags; bounds: CorpusBounds } | { type: 'close-pair' };

function reducer(state: CorpusState, action: CorpusAction): CorpusState {
  if (action.type === 'close-pair') return { ...state, pair: null };
  return corpusReducer(state, action.input, action.key, action.bounds);
}

const HINTS = {
  summits: 'j/k summit · enter: pair review against the previous one · tab: map',
  map: 'arrows or h j k l: cell · enter: pair review at this section · tab: clause',
  clause: 'j/k clause · enter: its wording in every summit · tab: terms',
  terms: '/ type a phrase · enter: its clauses · x remove',
} as const;

/**
 * The corpus review: the summits of one language in date order with their counts, a summits ×
 * sections heat map (Enter opens the pair review at a cell), a clause's history across the
 * summits, and phrases with sparklines of their counts. A language's chain is aligned when first
 * shown; the pair review is the one of `clausewise review A B`, with q and esc returning here.
 */
export function CorpusApp({ corpus, color = true, fold }: CorpusAppProps) {
  const size = useTerminalSize();
  const width = Math.max(40, size.columns);
  const height = Math.max(12, size.rows - 1);
  const body = height - 3;
  const [state, dispatch] = useReducer(reducer, undefined, initialCorpusState);
  const chain = useMemo(() => corpus.chain(state.language), [corpus, state.language]);
  const language = corpus.languages[state.language] ?? corpus.languages[0]!;
  const { exit } = useApp();

  const counts = useMemo(() => state.terms.map((term) => chain.term(term)), [chain, state.terms]);
  const clauseTexts = useMemo(() => new Map(chain.entries.map((entry) => [entry.id, flattenClauses(entry.declaration).map((c) => c.text)])), [chain]);
  const historyLines = useMemo<Line[] | null>(() => {
    if (state.history === null || state.view !== 'clause') return null;
    const text = renderHistoryText(chain.history(state.history + 1), { color: false, width: width - 2 });
    // In colour the marks become the insert and delete tones; without, they stay as written.
    return color ? markedLines(text) : text.replace(/\n$/, '').split('\n').map((line) => [{ text: line, tone: 'plain' as const }]);
  }, [chain, state.history, state.view, width, color]);

  const bounds: CorpusBounds = {
    languages: corpus.languages.length,
    summits: chain.summits.length,
    sections: Math.max(1, chain.sections.length),
    clauses: Math.max(1, chain.latest?.clauses.length ?? 1),
    terms: state.terms.length,
    page: Math.max(1, body - 1),
  };
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;
  // Keys typed faster than frames arrive together (`jjj`): each is a key, as in the pair review.
  useKeyPresses(({ input, key }) => dispatch({ type: 'key', input, key, bounds: boundsRef.current }), { isActive: state.pair === null });
  // In the pair review q and esc come back here, but Ctrl-C still ends the program.
  useKeyPresses(({ input, key }) => {
    if (key.ctrl && input === 'c') exit();
  }, { isActive: state.pair !== null });
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  if (state.pair) {
    const { summit, section } = state.pair;
    const step = chain.steps[summit - 1];
    if (step) {
      const at = section === undefined ? undefined : chain.sectionInStep(summit, section);
      const close = (): void => dispatch({ type: 'close-pair' });
      return <App key={`${state.language}:${summit}:${section ?? ''}`} result={step} color={color} {...(fold ? { fold } : {})} onQuit={close} onBack={close} {...(at === undefined ? {} : { initialSection: at })} />;
    }
  }

  const first = chain.summits[0];
  const last = chain.summits[chain.summits.length - 1];
  let view;
  if (state.help) view = <CorpusHelp height={body} width={width} color={color} />;
  else if (state.view === 'summits') view = <SummitsView summits={chain.summits} cursor={state.summit} height={body} width={width} color={color} />;
  else if (state.view === 'map') view = <HeatMap summits={chain.summits} sections={chain.sections} heat={chain.heat} summit={state.summit} section={state.section} height={body} width={width} color={color} />;
  else if (state.view === 'clause') view = <ClauseView clauses={chain.latest?.clauses ?? []} cursor={state.clause} history={historyLines} historyScroll={state.historyScroll} height={body} width={width} color={color} />;
  else view = <TermsView counts={counts} cursor={state.term} draft={state.draft} open={state.termClauses} clauseText={(id, n) => clauseTexts.get(id)?.[n - 1] ?? ''} height={body} width={width} color={color} />;
  const undated = corpus.undated.length > 0 ? ` · ${corpus.undated.length} undated not shown` : '';
  return (
    <Box flexDirection="column" width={width} height={height}>
      <CorpusHeader language={language.name} languageIndex={state.language} languages={corpus.languages.length} summits={chain.summits.length} first={first?.date ?? null} last={last?.date ?? null} view={state.view} width={width} color={color} />
      <Box height={body} flexDirection="column">{view}</Box>
      <CorpusFooter hint={`${HINTS[state.view]}${undated}`} width={width} color={color} />
    </Box>
  );
}
