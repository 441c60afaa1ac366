import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

interface ReviewOptions {
  color: boolean;
  anyLanguage?: boolean;
  all?: boolean;
}

/**
 * `clausewise review <A> <B>`: the interactive review of a pair; `clausewise review` (or `--all`,
 * or three or more references): the corpus review. Without a terminal, the text report of the
 * pair or the timeline of the corpus.
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('review')
    .description('review a comparison interactively in the terminal, or the whole corpus (text report or timeline when not a terminal)')
    .argument('[REF...]', 'two declarations (old, new) for a pair; none, or three or more, for the corpus view: file path, ID or ID@REV')
    .option('--all', 'the corpus view of every declaration in the store')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('--any-language', 'compare declarations in different languages (refused otherwise)')
    .addHelpText('after', [
      '',
      'With two references: the pair review (sections, clauses, wording diffs). With none, --all, or',
      'three or more: the corpus review of the store or of those declarations, one language at a time',
      '(summits with their counts, a summits × sections map that opens the pair review at a cell, a',
      "clause's history, phrases with sparklines). Undated declarations are left out and counted.",
    ].join('\n'))
    .action(async (refs: string[], options: ReviewOptions, command: Command) => {
      const store = command.optsWithGlobals<{ store?: string }>().store;
      const color = options.color;
      if (options.all && refs.length > 0) throw new UsageError('give either --all or declarations, not both');
      if (options.all || refs.length === 0 || refs.length >= 3) {
        const { runCorpusReview } = await import('./corpus-action.js');
        await runCorpusReview(refs, io, { color, ...(store === undefined ? {} : { store }) });
        return;
      }
      if (refs.length === 1) throw new UsageError('review needs two declarations to compare (old, new), or none (or --all, or three or more) for the corpus view');
      const { runReview } = await loadAction();
      await runReview(refs[0]!, refs[1]!, io, { color, anyLanguage: options.anyLanguage ?? false, ...(store === undefined ? {} : { store }) });
    });
}

/** The review's work, loaded only for this command: it brings Ink and React. */
async function loadAction(): Promise<typeof import('./review-action.js')> {
  return import('./review-action.js');
}
