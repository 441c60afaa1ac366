import { type Command, Option } from 'commander';
import { OutputError, UsageError } from '../../errors.js';
import { tracePhase } from '../../trace.js';
import type { DiffResult } from '../../types.js';
import { type CliIO, useColor, viewWidth } from '../io.js';
import { EXIT } from '../run.js';
import { utf8OfPieces } from '../stdout.js';

/** Report formats of `diff`. */
const FORMATS = ['text', 'json', 'markdown', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];

interface DiffOptions {
  json?: boolean;
  format?: string;
  output?: string;
  color: boolean;
  exitCode?: boolean;
  anyLanguage?: boolean;
}

/** `clausewise diff <A> <B>`: align two declarations and report it. */
export function register(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('diff')
    .description('compare two declarations clause by clause')
    .argument('<A>', 'old declaration: file path, ID or ID@REV')
    .argument('<B>', 'new declaration: file path, ID or ID@REV')
    .addOption(new Option('--json', 'print the clausewise/diff@1 JSON contract (the same as --format json)').conflicts('format'))
    .option('--format <format>', `report format: ${FORMATS.join(', ')}`, 'text')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--no-color', 'no colours in the text report (also NO_COLOR, or when not a terminal)')
    .option('--exit-code', 'exit with status 1 when the declarations differ')
    .option('--any-language', 'compare declarations in different languages (refused otherwise)')
    .action(async (a: string, b: string, options: DiffOptions, command: Command) => {
      const format: Format = options.json ? 'json' : parseFormat(options.format ?? 'text');
      // A Word document is binary: never on a terminal (nor, mixed with text, on a pipe).
      if (format === 'docx' && !options.output) throw new UsageError('--format docx writes a Word document: give the file with -o FILE.docx');
      const store = command.optsWithGlobals<{ store?: string }>().store;
      // The JSON writer loads while the declarations are read and aligned.
      const jsonModule = format === 'json' ? import('../../render/json.js') : undefined;
      jsonModule?.catch(() => undefined); // awaited below; a failure surfaces there, not as an unhandled rejection
      tracePhase('start and arguments');
      const { compareReferences } = await import('../compare.js');
      tracePhase('modules loaded');
      const { result, from, to } = await compareReferences(a, b, io, store, options.anyLanguage ?? false);
      const color = format === 'text' && !options.output && useColor(io, options);
      if (jsonModule) {
        // In pieces: one string of the whole report would cost a copy of it.
        const { renderJsonPieces } = await jsonModule;
        if (options.output) await writeReport(io, options.output, utf8OfPieces(renderJsonPieces(result)));
        else for (const piece of renderJsonPieces(result)) io.stdout(piece);
        tracePhase('JSON written');
      } else if (format === 'docx') {
        const { renderDocx } = await import('../../render/docx/index.js');
        const docx = renderDocx(result, from.declaration, to.declaration);
        tracePhase('Word redline rendered');
        await writeReport(io, options.output!, docx);
        tracePhase('Word redline written');
      } else {
        const { renderReport } = await import('../../render/index.js');
        const report = await renderReport(result, format, { color, ...viewWidth(io) });
        if (options.output) await writeReport(io, options.output, report);
        else io.stdout(report);
      }
      if (options.exitCode && differs(result)) setExit(EXIT.differences);
    });
}

/**
 * Write a report to the file the user named, atomically. Like a shell redirection it needs the
 * folder to exist and the path not to be a folder; every failure is one line naming the file.
 */
async function writeReport(io: CliIO, output: string, report: string | Uint8Array): Promise<void> {
  const [{ writeFileAtomic }, { dirname, resolve }, { stat }, { printable }] = await Promise.all([
    import('../../store/atomic-write.js'),
    import('node:path'),
    import('node:fs/promises'),
    import('../../text/sanitize.js'),
  ]);
  const path = resolve(io.cwd, output);
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new OutputError(`cannot write ${printable(output)}: it is a folder`);
  if (!(await stat(dirname(path)).catch(() => undefined))?.isDirectory()) throw new OutputError(`cannot write ${printable(output)}: no folder ${printable(dirname(path))}`);
  try {
    await writeFileAtomic(path, report, { throughLinks: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new OutputError(`cannot write ${printable(output)} (${code})`);
    throw error;
  }
}

/** Do the two declarations differ in any way the summary counts? */
function differs({ summary }: DiffResult): boolean {
  return summary.added + summary.removed + summary.split + summary.merged + summary.moved + summary.reworded > 0;
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`unknown format '${value}': use ${FORMATS.join(', ')}`);
}
