import { render } from 'ink';
import type { DiffResult } from '../../types.js';
import { App, type AppProps, type ReviewViews } from './app.js';

import { loadLayoutEngine } from './layout-engine.js';

// The UI's own copy of the widths when it is built apart from the CLI (see `src/cli/ui-module.ts`).
export { loadCellWidths } from '../width.js';
// Started by the CLI as soon as the module is loaded, while the declarations are read.
export { loadLayoutEngine } from './layout-engine.js';

/** Where and how to run the review UI. */
export interface ReviewUIOptions {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Texts for the timeline and initiatives keys. Default: none. */
  views?: ReviewViews;
  /** Draw colours. Default true. */
  color?: boolean;
  /** Folding for search. Default: NFKC, lower case, no whitespace. */
  fold?: (text: string) => string;
  /** Writes the pair's Word redline (the `w` key). Default: none. */
  writeReport?: AppProps['writeReport'];
  /** Called once, when the first frame has been written (`CLAUSEWISE_TRACE`). Default: none. */
  onFirstFrame?: () => void;
}

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/**
 * Run the interactive review on a terminal until the user quits. The UI draws on the alternate
 * screen, which is left on exit so that the terminal shows what it showed before.
 */
export async function runReviewUI(result: DiffResult, options: ReviewUIOptions): Promise<void> {
  const { stdin, stdout } = options;
  await loadLayoutEngine();
  stdout.write(ENTER_ALTERNATE_SCREEN);
  let drawn = false;
  const onRender = () => {
    if (drawn) return;
    drawn = true;
    options.onFirstFrame?.();
  };
  try {
    const instance = render(
      <App result={result} {...(options.views ? { views: options.views } : {})} color={options.color ?? true} {...(options.fold ? { fold: options.fold } : {})} {...(options.writeReport ? { writeReport: options.writeReport } : {})} />,
      // Ctrl-C is a key of the UI (so that it quits through the same path as q). Incremental rendering
      // stays off: with it, Ink 6.8 left a stale line on screen when an overlay replaced the panes.
      { stdin, stdout, exitOnCtrlC: false, patchConsole: false, incrementalRendering: false, ...(options.onFirstFrame ? { onRender } : {}) },
    );
    await instance.waitUntilExit();
  } finally {
    stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
}

export { App } from './app.js';
export type { AppProps, ReviewViews, ViewLoader } from './app.js';

// The corpus review (`clausewise review` with no pair), in the same module.
export { runCorpusUI } from './corpus/entry.js';
