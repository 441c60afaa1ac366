import { render } from 'ink';
import type { Corpus } from '../../../timeline/corpus.js';
import { CorpusApp } from './corpus-app.js';
import { loadLayoutEngine } from '../layout-engine.js';

/** Where and how to run the corpus review. */
export interface CorpusUIOptions {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  color?: boolean;
  fold?: (text: string) => string;
}

const ENTER_ALTERNATE_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALTERNATE_SCREEN = '\u001B[?1049l';

/** Run the corpus review on a terminal until the user quits, on the alternate screen (left on exit). */
export async function runCorpusUI(corpus: Corpus, options: CorpusUIOptions): Promise<void> {
  const { stdin, stdout } = options;
  await loadLayoutEngine();
  stdout.write(ENTER_ALTERNATE_SCREEN);
  try {
    const instance = render(<CorpusApp corpus={corpus} color={options.color ?? true} {...(options.fold ? { fold: options.fold } : {})} />, {
      stdin, stdout, exitOnCtrlC: false, patchConsole: false, incrementalRendering: false,
    });
    await instance.waitUntilExit();
  } finally {
    stdout.write(LEAVE_ALTERNATE_SCREEN);
  }
}

export { CorpusApp } from './corpus-app.js';
