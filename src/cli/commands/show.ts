import { type Command, Option } from 'commander';
import { type CliIO, printJson } from '../io.js';

/** `clausewise show <ref>`: a declaration as Markdown, as an outline, or as JSON. */
export function register(program: Command, io: CliIO): void {
  program
    .command('show')
    .description('print a declaration (file or store reference) as canonical Markdown, an outline, or JSON')
    .argument('<ref>', 'file path, ID or ID@REV')
    .option('--outline', 'sections with clause counts')
    .addOption(new Option('--json', 'the section tree as JSON').conflicts('outline'))
    .action(async (ref: string, options: { outline?: boolean; json?: boolean }, command: Command) => {
      const { loadDeclaration } = await import('../load.js');
      const { declaration } = await loadDeclaration(ref, io, command.optsWithGlobals<{ store?: string }>().store);
      if (options.json) {
        printJson(io, declaration);
      } else if (options.outline) {
        const { renderOutline } = await import('../../render/outline.js');
        io.stdout(renderOutline(declaration));
      } else {
        const [{ toMarkdown }, { sanitizeTerminal }] = await Promise.all([
          import('../../tree/markdown-write.js'),
          import('../../text/sanitize.js'),
        ]);
        const markdown = toMarkdown(declaration);
        io.stdout(io.isTTY ? sanitizeTerminal(markdown) : markdown);
      }
    });
}
