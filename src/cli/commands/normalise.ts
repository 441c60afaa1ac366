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
      const [{ importFile }, { notADeclaration }, { InputError }, { toMarkdown }, { sanitizeTerminal }, { resolve }] = await Promise.all([
        import('../../ingest/index.js'),
        import('../../ingest/declaration-check.js'),
        import('../../errors.js'),
        import('../../tree/markdown-write.js'),
        import('../../text/sanitize.js'),
        import('node:path'),
      ]);
      const declaration = await importFile(resolve(io.cwd, file), { source: file, label: file });
      // JSON, code, a README: refused as `import` refuses them (exit 2, nothing on stdout).
      const notOne = notADeclaration(declaration);
      if (notOne) throw new InputError(`${file}: ${notOne}`);
      const markdown = toMarkdown(declaration);
      // Document text is untrusted: on a terminal, escape sequences and controls are removed.
      io.stdout(io.isTTY ? sanitizeTerminal(markdown) : markdown);
    });
}
