import type { ReviewViews } from '../../render/ui/app.js';
import { ClausewiseError } from '../../errors.js';
import type { Declaration } from '../../types.js';
import { type CliIO, reportWidth } from '../io.js';
import { tracePhase } from '../../trace.js';
import { importUi } from '../ui-module.js';

/** A declaration with the label the user gave it (an id or a path). */
type LabelledDeclaration = { declaration: Declaration; label: string };

/** Options of `runReview`. */
export interface RunReviewOptions {
  /** Draw colours. Default true (NO_COLOR still turns them off). */
  color?: boolean;
  /** Store directory (`--store`). Default: discovered from the working directory. */
  store?: string;
  /** Compare declarations in different languages. Default false: refused. */
  anyLanguage?: boolean;
}

/**
 * The work of `clausewise review`: load and align both declarations, then run the interactive UI on
 * the terminal, or print the text report when there is none.
 */
export async function runReview(a: string, b: string, io: CliIO, options: RunReviewOptions = {}): Promise<void> {
  // On a terminal the UI module (Ink, React, Yoga: 100 ms or more to load) is imported while the
  // declarations are read, rather than after they are aligned; caught here so that a refused input
  // leaves no unhandled rejection behind.
  const ui = io.terminal ? loadUi() : undefined;
  ui?.catch(() => undefined);
  const { compareReferences } = await import('../compare.js');
  // The UI computes word diffs as changes are shown; the text report needs them all.
  const { from, to, result } = await compareReferences(a, b, io, options.store, options.anyLanguage ?? false, { lazyWordEdits: ui !== undefined });
  const color = (options.color ?? true) && !io.env['NO_COLOR'];
  if (!io.terminal || !ui) {
    const { renderReport } = await import('../../render/index.js');
    io.stdout(await renderReport(result, 'text', { color: color && io.isTTY, ...reportWidth(io) }));
    return;
  }
  const [{ runReviewUI }, { foldText }, { docxReportWriter }] = await Promise.all([ui, import('../../text/fold.js'), import('../review-report.js')]);
  tracePhase('UI loaded');
  await runReviewUI(result, {
    ...io.terminal,
    color,
    fold: (text) => foldText(text).toLowerCase(),
    writeReport: docxReportWriter(io.cwd, from, to, result),
    onFirstFrame: () => tracePhase('first frame'),
    views: reviewViews(from, to),
  });
}

/** The pair's extra views (`t`, `i`), each built when first opened, at the overlay's width; labelled as the user named the declarations. */
export function reviewViews(from: LabelledDeclaration, to: LabelledDeclaration): ReviewViews {
  const pair = [{ id: from.label, declaration: from.declaration }, { id: to.label, declaration: to.declaration }];
  return {
    timeline: (width) => timelineText(pair, width),
    initiatives: (width) => initiativesText(from, to, width),
  };
}

/** The UI module, its cell widths and layout engine loaded (Ink has loaded string-width already: the UI measures exactly from the start). */
async function loadUi() {
  const ui = await importUi();
  await Promise.all([ui.loadCellWidths(), ui.loadLayoutEngine()]);
  return ui;
}

/** The timeline of the two declarations as text (loaded only when the user asks for it). */
async function timelineText(pair: { id: string; declaration: Declaration }[], width: number): Promise<string> {
  const [{ buildTimeline }, { renderTimelineText }] = await Promise.all([import('../../timeline/timeline.js'), import('../../render/timeline-text.js')]);
  return renderTimelineText(buildTimeline(pair), { width });
}

/** The initiatives, instruments and names new and dropped between the two declarations as text. */
async function initiativesText(a: LabelledDeclaration, b: LabelledDeclaration, width: number): Promise<string> {
  const [{ compareInitiatives }, { renderInitiativesText }] = await Promise.all([import('../../timeline/initiatives.js'), import('../../render/initiatives-text.js')]);
  // Labelled as the user named them (`2020-moscow`, a path), as `clausewise initiatives` does.
  try {
    return renderInitiativesText(compareInitiatives(a.declaration, b.declaration, { fromLabel: a.label, toLabel: b.label }), { width });
  } catch (error) {
    // A language with no extractor: the one line `clausewise initiatives` gives, as the view.
    if (error instanceof ClausewiseError) return `${error.message}\n`;
    throw error;
  }
}
