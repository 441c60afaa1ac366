import type { Command } from 'commander';
import { StoreError, UsageError } from '../../errors.js';
import type { TimelineInput } from '../../timeline/chain.js';
import { type CliIO, printJson, printText, useColor, viewWidth } from '../io.js';
import type { loadMany as LoadMany } from '../load.js';

interface HistoryOptions {
  json?: boolean;
  givenOrder?: boolean;
  color?: string | boolean;
  search?: boolean;
}

/** Store declarations dated before the target, and the undated ones (other ids only), in store order. */
async function earlierFromStore(target: TimelineInput, io: CliIO, storeDir: string | undefined, loadMany: typeof LoadMany): Promise<TimelineInput[]> {
  let all: TimelineInput[];
  try {
    all = await loadMany([], io, storeDir);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    throw new StoreError(`history needs earlier declarations: name them after the clause, or use a store (${error.message})`);
  }
  const date = target.declaration.meta.date;
  // Undated ones are kept so that the history lists them apart rather than leave them out silently.
  return all.filter((entry) => entry.id !== target.id && (entry.declaration.meta.date === undefined || date === undefined || entry.declaration.meta.date < date));
}

/** `clausewise history <ID> <clause> [EARLIER...]`: one clause's wording across summits, oldest first. */
export function register(program: Command, io: CliIO): void {
  program
    .command('history')
    .description("one clause's wording in every declaration where it has a counterpart, oldest first, with word-level changes")
    .argument('<ID>', 'the latest declaration (file path, ID or ID@REV): the clause is one of its clauses')
    .argument('<clause>', 'clause number in ID (12, a12 or b12 all mean its 12th clause), or a search string')
    .argument('[EARLIER...]', 'earlier declarations to trace it through; default: every store declaration dated before ID')
    .option('--search', 'treat <clause> as a search string even if it looks like a number')
    .option('--given-order', 'follow EARLIER in the order given instead of sorting them by date (undated ones included)')
    .option('--json', 'print the clausewise/history@1 JSON object')
    .option('--color [when]', 'colours: auto (on a terminal; FORCE_COLOR, NO_COLOR), always (also a bare --color), never')
    .option('--no-color', 'no colours (the same as --color=never)')
    .addHelpText('after', [
      '',
      'The clause number counts the clauses of ID in reading order, the preamble first (the b-numbers',
      'of `clausewise diff OLDER ID`). A search string is matched against the folded clause texts',
      '(width, spaces and Traditional characters ignored); the first hit is shown and the others listed.',
      'EARLIER declarations are put in date order (undated ones are listed apart, not followed) unless',
      '--given-order; ID always comes last. In each declaration, whatever `clausewise diff` of it with ID',
      'pairs with the clause is part of its version. Only declarations in the',
      "language of ID are followed (Simplified and Traditional Chinese are one); the others are listed.",
      'Word-level changes are shown as [-deleted-]{+inserted+} when colours are off.',
    ].join('\n'))
    .action(async (ref: string, spec: string, earlierRefs: string[], options: HistoryOptions, command: Command) => {
      const store = command.optsWithGlobals<{ store?: string }>().store;
      const { loadMany } = await import('../load.js');
      const [target] = await loadMany([ref], io, store);
      if (!target) throw new UsageError('no declaration given');
      const { buildHistory, selectClause } = await import('../../timeline/history.js');
      const selection = selectClause(target.declaration, spec, { search: options.search ?? false });
      const earlier = earlierRefs.length > 0 ? await loadMany(earlierRefs, io, store) : await earlierFromStore(target, io, store, loadMany);
      const result = buildHistory([...earlier, target], selection, { byDate: !options.givenOrder });
      if (options.json) {
        printJson(io, result);
        return;
      }
      const { renderHistoryText } = await import('../../render/history-text.js');
      await printText(io, () => renderHistoryText(result, { color: useColor(io, options), ...viewWidth(io) }));
    });
}
