import type { Command } from 'commander';
import type { CliIO } from '../io.js';

interface ReviewOptions {
  color: boolean;
  anyLanguage?: boolean;
}

/** `clausewise review <A> <B>`: the interactive review in the terminal, or the text report when not on a terminal. */
export function register(program: Command, io: CliIO): void {
  program
    .command('review')
    .description('review a comparison interactively in the terminal (text report when not a terminal)')
    .argument('<A>', 'old declaration: file path, ID or ID@REV')
    .argument('<B>', 'new declaration: file path, ID or ID@REV')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--any-language', 'compare declarations in different languages (refused otherwise)')
    .action(async (a: string, b: string, options: ReviewOptions, command: Command) => {
      const store = command.optsWithGlobals<{ store?: string }>().store;
      const { runReview } = await loadAction();
      await runReview(a, b, io, { color: options.color, anyLanguage: options.anyLanguage ?? false, ...(store === undefined ? {} : { store }) });
    });
}

/** The review's work, loaded only for this command: it brings Ink and React. */
async function loadAction(): Promise<typeof import('./review-action.js')> {
  return import('./review-action.js');
}
