import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/** `clausewise normalise <file>`: print the canonical Markdown of any raw input (no store involved); refuse what is not a declaration. */
export function register(program: Command, io: CliIO): void {
  program
    .command('normalise')
    .alias('normalize')
    .description('print the normalised Markdown of a raw declaration (text, HTML, Markdown) to stdout')
    .argument('<file>', 'raw declaration file')
    .action(async (file: string) => {
      const [{ importFile }, { toMarkdown }, { sanitizeTerminal }, { resolve }] = await Promise.all([
        import('../../ingest/index.js'),
        import('../../tree/markdown-write.js'),
        import('../../text/sanitize.js'),
        import('node:path'),
      ]);
      // JSON, code, a README: the importer refuses them, as for `import` (exit 2, nothing on stdout).
      const markdown = toMarkdown(await importFile(resolve(io.cwd, file), { source: file, label: file }));
      // Document text is untrusted: on a terminal, escape sequences and controls are removed.
      io.stdout(io.isTTY ? sanitizeTerminal(markdown) : markdown);
    });
}
