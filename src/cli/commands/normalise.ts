import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/**
 * `clausewise normalise <file> [--explain [--json]]`: print the canonical Markdown of any raw
 * input (no store involved); `--explain` lists on stderr what the importer dropped, `--json`
 * prints that report as JSON on stdout instead of the Markdown.
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('normalise')
    .alias('normalize')
    .description('print the normalised Markdown of a raw declaration (text, HTML, Markdown) to stdout')
    .argument('<file>', 'raw declaration file')
    .option('--explain', 'also list on stderr every line dropped as page furniture: reason, line, text')
    .option('--json', 'print the explanation as JSON on stdout (dropped, missing, labels) instead of the Markdown')
    .action(async (file: string, options: { explain?: boolean; json?: boolean }) => {
      const [{ readInput }, { importReport }, { toMarkdown }, { sanitizeTerminal, escapeJsonControls }, { explainLines, missingLine, stampDateLine }, { resolve, basename }] = await Promise.all([
        import('../../ingest/index.js'),
        import('../../ingest/report.js'),
        import('../../tree/markdown-write.js'),
        import('../../text/sanitize.js'),
        import('../explain.js'),
        import('node:path'),
      ]);
      const bytes = await readInput(resolve(io.cwd, file), file);
      // The file name, as import records it: the output is the file import would commit, and a
      // local path typed here never reaches a shared store through it.
      const report = await importReport(bytes, { source: basename(file), label: file });
      if (options.json) {
        const { date } = report.declaration.meta;
        const dated = date ? { iso: date, source: report.dateSource ?? null } : null;
        io.stdout(`${escapeJsonControls(JSON.stringify({ schema: 'clausewise/explain@1', dropped: report.dropped, missing: report.missing, labels: report.labels, date: dated }, null, 2))}\n`);
        return;
      }
      const markdown = toMarkdown(report.declaration);
      // Document text is untrusted: on a terminal, escape sequences and controls are removed.
      io.stdout(io.isTTY ? sanitizeTerminal(markdown) : markdown);
      if (report.missing.length > 0) io.stderr(missingLine(file, report.missing));
      if (options.explain) {
        io.stderr(explainLines(report.dropped));
        const { date } = report.declaration.meta;
        if (date && report.dateSource === 'stamp') io.stderr(stampDateLine(file, date));
      }
    });
}
