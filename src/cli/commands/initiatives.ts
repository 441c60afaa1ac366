import type { Command } from 'commander';
import { type CliIO, printJson, printText, useColor, viewWidth } from '../io.js';

/** `clausewise initiatives <A> <B>`: initiatives, named instruments, countries and organisations new in B or gone from A. */
export function register(program: Command, io: CliIO): void {
  program
    .command('initiatives')
    .description('what is new and what disappeared between two declarations: initiatives, named instruments, countries, organisations')
    .argument('<A>', 'old declaration: file path, ID or ID@REV')
    .argument('<B>', 'new declaration: file path, ID or ID@REV')
    .option('--json', 'print the clausewise/initiatives@1 JSON object')
    .option('--color [when]', 'colours: auto (on a terminal; FORCE_COLOR, NO_COLOR), always (also a bare --color), never')
    .option('--no-color', 'no colours (the same as --color=never)')
    .option('--any-language', 'compare declarations in different languages (refused otherwise)')
    .addHelpText('after', [
      '',
      'Initiatives are found from their wording (…关于…的倡议, …提出的“…”倡议, 由…倡议…, initiative of …,',
      "…'s initiative, инициатива … о …, по инициативе …, предложение … о …) with the country that proposed",
      'them; instruments are titles in 《》 and names in quotation marks («…» in Russian); countries and',
      'organisations come from a small gazetteer (Russian names in every case) plus Chinese name endings',
      '(…共和国, …组织, …委员会), named in the declarations\' language. Everything is matched on folded text.',
      'Chinese, English and Russian only: another language is refused in one line (exit 2).',
    ].join('\n'))
    .action(async (a: string, b: string, options: { json?: boolean; color?: string | boolean; anyLanguage?: boolean }, command: Command) => {
      const store = command.optsWithGlobals<{ store?: string }>().store;
      const [{ loadMany }, { requireOneLanguage }] = await Promise.all([import('../load.js'), import('../same-language.js')]);
      const [from, to] = await loadMany([a, b], io, store);
      requireOneLanguage({ declaration: from!.declaration, label: from!.id }, { declaration: to!.declaration, label: to!.id }, options.anyLanguage ?? false);
      const { compareInitiatives } = await import('../../timeline/initiatives.js');
      const result = compareInitiatives(from!.declaration, to!.declaration, { fromLabel: from!.id, toLabel: to!.id });
      if (options.json) {
        printJson(io, result);
        return;
      }
      const { renderInitiativesText } = await import('../../render/initiatives-text.js');
      await printText(io, () => renderInitiativesText(result, { color: useColor(io, options), ...viewWidth(io) }));
    });
}
