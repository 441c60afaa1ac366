import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { TimelineInput } from '../../timeline/chain.js';
import { type CliIO, printJson, printText, useColor, viewWidth } from '../io.js';

interface TermsOptions {
  json?: boolean;
  color?: string | boolean;
  new?: string;
  in: string[];
}

/** Collect a repeated option into a list. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `clausewise terms PHRASE...` and `clausewise terms --new ID`: phrase counts across declarations, and the formulations new in one. */
export function register(program: Command, io: CliIO): void {
  program
    .command('terms')
    .description('count phrases in every declaration (first use, clauses holding them), or list the formulations new in one declaration')
    .argument('[PHRASE...]', 'phrases to count (folded: Traditional as Simplified, case and spacing ignored)')
    .option('--new <ID>', 'list the formulations ID is the first of its language to use, instead of counting phrases')
    .option('--in <REF>', 'a declaration to look in (repeat it); default: every declaration in the store (with --new: those dated before ID)', collect, [])
    .option('--json', 'print the clausewise/terms@1 (or, with --new, clausewise/terms-new@1) JSON object')
    .option('--color [when]', 'colours: auto (on a terminal; FORCE_COLOR, NO_COLOR), always (also a bare --color), never')
    .option('--no-color', 'no colours (the same as --color=never)')
    .addHelpText('after', [
      '',
      'Phrases are matched on folded text (一帶一路 counts as 一带一路; English and Russian ignore case;',
      'a phrase starting or ending with a letter matches whole words only). Declarations are listed',
      'in date order. With --new, the earlier declarations of ID\'s language are read for named',
      'instruments (《…》), quoted names (“…”, "…", «…») and word n-grams (2 to 6 words); the shortest',
      'new n-grams are merged where they overlap, those of function words only are dropped, and the',
      'rest are ranked by how rare their words were before.',
    ].join('\n'))
    .action(async (phrases: string[], options: TermsOptions, command: Command) => {
      const store = command.optsWithGlobals<{ store?: string }>().store;
      const { loadMany } = await import('../load.js');
      const render = { color: useColor(io, options), ...viewWidth(io) };
      if (options.new !== undefined) {
        if (phrases.length > 0) throw new UsageError('give either phrases to count or --new ID, not both');
        const [target] = await loadMany([options.new], io, store);
        if (!target) throw new UsageError('no declaration given');
        const earlier = options.in.length > 0 ? await loadMany(options.in, io, store) : earlierThan(target, await loadMany([], io, store));
        const { newFormulations } = await import('../../terms/new-terms.js');
        const result = newFormulations(target, earlier.filter((entry) => entry.id !== target.id));
        if (options.json) return printJson(io, result);
        const { renderNewTermsText } = await import('../../render/terms-text.js');
        return printText(io, () => renderNewTermsText(result, render));
      }
      if (phrases.length === 0) throw new UsageError('give one or more phrases to count, or --new ID');
      if (phrases.some((phrase) => phrase.trim() === '')) throw new UsageError('empty phrase');
      const inputs = await loadMany(options.in, io, store);
      if (inputs.length === 0) throw new UsageError('no declarations: the store is empty and none were given');
      const { countTerms } = await import('../../terms/count.js');
      const result = countTerms(inputs, phrases);
      if (options.json) return printJson(io, result);
      const { renderTermsText } = await import('../../render/terms-text.js');
      return printText(io, () => renderTermsText(result, render));
    });
}

/** The declarations dated before the target (all dated ones when it has no date), other ids only. */
function earlierThan(target: TimelineInput, all: readonly TimelineInput[]): TimelineInput[] {
  const date = target.declaration.meta.date;
  return all.filter((entry) => entry.id !== target.id && entry.declaration.meta.date !== undefined && (date === undefined || entry.declaration.meta.date < date));
}
