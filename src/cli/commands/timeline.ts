import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { type CliIO, printJson, printText, useColor, viewWidth } from '../io.js';

interface ViewOptions {
  json?: boolean;
  color?: string | boolean;
}

/** `clausewise timeline [ID...]`: per summit, clauses carried over, reworded, new, dropped; origins of the latest clauses. */
export function register(program: Command, io: CliIO): void {
  program
    .command('timeline')
    .description('across summits: per declaration, clauses unchanged, reworded, new and dropped; where each clause of the latest first appeared')
    .argument('[ID...]', 'declarations (file path, ID or ID@REV); default: every declaration in the store')
    .option('--json', 'print the clausewise/timeline@1 JSON object')
    .option('--given-order', 'keep the declarations in the order given instead of sorting them by date')
    .option('--color [when]', 'colours: auto (on a terminal; FORCE_COLOR, NO_COLOR), always (also a bare --color), never')
    .option('--no-color', 'no colours (the same as --color=never)')
    .addHelpText('after', [
      '',
      'Declarations are put in date order unless --given-order; undated ones are listed apart, not compared',
      '(--given-order places them where given). Each consecutive pair',
      'is aligned as by `clausewise diff`; a clause is traced back through matched, split and merged',
      'clauses, so one that is dropped and comes back later counts as new again. There is one chain per',
      'language (Simplified and Traditional Chinese are one): each declaration is compared only with',
      'the previous one of its language.',
    ].join('\n'))
    .action(async (refs: string[], options: ViewOptions & { givenOrder?: boolean }, command: Command) => {
      const store = command.optsWithGlobals<{ store?: string }>().store;
      const { loadMany } = await import('../load.js');
      const inputs = await loadMany(refs, io, store);
      if (inputs.length === 0) throw new UsageError('no declarations: the store is empty and none were given');
      const { buildTimeline } = await import('../../timeline/timeline.js');
      const result = buildTimeline(inputs, { byDate: !options.givenOrder });
      if (options.json) {
        printJson(io, result);
        return;
      }
      const { renderTimelineText } = await import('../../render/timeline-text.js');
      await printText(io, () => renderTimelineText(result, { color: useColor(io, options), ...viewWidth(io) }));
    });
}
