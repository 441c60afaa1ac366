import { UsageError } from '../../errors.js';
import { type CliIO, printText, viewWidth } from '../io.js';
import { importUi } from '../ui-module.js';

/** Options of `runCorpusReview`. */
export interface RunCorpusOptions {
  /** Draw colours. Default true (NO_COLOR still turns them off). */
  color?: boolean;
  /** Store directory (`--store`). Default: discovered from the working directory. */
  store?: string;
}

/**
 * The work of `clausewise review` over many declarations: load them (every one of the store when
 * none are named), then run the corpus review on the terminal, or print the timeline without one.
 */
export async function runCorpusReview(refs: readonly string[], io: CliIO, options: RunCorpusOptions = {}): Promise<void> {
  const { loadMany } = await import('../load.js');
  const inputs = await loadMany(refs, io, options.store);
  if (inputs.length === 0) throw new UsageError('no declarations: the store is empty and none were given');
  const color = (options.color ?? true) && !io.env['NO_COLOR'];
  if (!io.terminal) {
    const [{ buildTimeline }, { renderTimelineText }] = await Promise.all([import('../../timeline/timeline.js'), import('../../render/timeline-text.js')]);
    const result = buildTimeline(inputs);
    await printText(io, () => renderTimelineText(result, { color: color && io.isTTY, ...viewWidth(io) }));
    return;
  }
  const [{ runCorpusUI, loadCellWidths }, { buildCorpus }, { foldText }] = await Promise.all([importUi(), import('../../timeline/corpus.js'), import('../../text/fold.js')]);
  await loadCellWidths();
  const corpus = buildCorpus(inputs);
  if (corpus.languages.length === 0) throw new UsageError('no dated declarations to review: give them dates (clausewise import FILE --date YYYY-MM-DD --force)');
  await runCorpusUI(corpus, { ...io.terminal, color, fold: (text) => foldText(text).toLowerCase() });
}
