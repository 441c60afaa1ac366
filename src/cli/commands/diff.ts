import { type Command, Option } from 'commander';
import { OutputError, UsageError } from '../../errors.js';
import { tracePhase } from '../../trace.js';
import type { DiffResult } from '../../types.js';
import { type ColorOption, chooseColor } from '../color.js';
import { type CliIO, reportWidth } from '../io.js';
import { EXIT } from '../run.js';
import { utf8OfPieces } from '../stdout.js';
import type { FileContent } from '../../store/atomic-write.js';

/** Report formats of `diff` (also what completion offers after `--format`). */
export const FORMATS = ['text', 'json', 'markdown', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];

interface DiffOptions {
  json?: boolean;
  format?: string;
  output?: string;
  color?: ColorOption;
  exitCode?: boolean;
  anyLanguage?: boolean;
  pager: boolean;
  width?: number;
  stat?: boolean;
  quiet?: boolean;
  context?: number;
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
    .option('--color [when]', 'colour the text report: auto (on a terminal; FORCE_COLOR, NO_COLOR), always (also a bare --color), never')
    .option('--no-color', 'no colours (the same as --color=never)')
    .option('--no-pager', 'never page the report (default on a terminal: $CLAUSEWISE_PAGER, $PAGER, else less -FRX)')
    .option('--width <N>', 'wrap the text report at N columns (default: the terminal\'s; no wrapping when not a terminal)', count('--width', 20))
    .option('--stat', 'print only the summary and the counts of each section')
    .option('-U, --context <N>', 'show N unchanged clauses around each change (text report)', count('--context', 0))
    .option('--exit-code', 'exit with status 1 when the declarations differ')
    .option('-q, --quiet', 'print nothing; exit with status 1 when the declarations differ (implies --exit-code)')
    .option('--any-language', 'compare declarations in different languages (refused otherwise)')
    .action(async (a: string, b: string, options: DiffOptions, command: Command) => {
      const format: Format = options.json ? 'json' : parseFormat(options.format ?? 'text');
      // A Word document is binary: never on a terminal (nor, mixed with text, on a pipe).
      if (options.output === '') throw new UsageError('-o needs a file name');
      if (format === 'docx' && !options.output) throw new UsageError('--format docx writes a Word document: give the file with -o FILE.docx');
      if (options.stat && format !== 'text') throw new UsageError(`--stat prints the text report's summary: it does not go with ${options.json ? '--json' : `--format ${format}`}`);
      const store = command.optsWithGlobals<{ store?: string }>().store;
      // The JSON writer loads while the declarations are read and aligned.
      const jsonModule = format === 'json' ? import('../../render/json.js') : undefined;
      jsonModule?.catch(() => undefined); // awaited below; a failure surfaces there, not as an unhandled rejection
      tracePhase('start and arguments');
      const { compareReferences } = await import('../compare.js');
      tracePhase('modules loaded');
      const { result, from, to } = await compareReferences(a, b, io, store, options.anyLanguage ?? false);
      const color = format === 'text' && chooseColor(options.color, io.env, io.isTTY && !options.output);
      if (options.quiet) {
        if (differs(result)) setExit(EXIT.differences);
        return;
      }
      if (jsonModule) {
        // In pieces: one string of the whole report would cost a copy of it.
        const { inputsHoldRawControls, renderJsonPieces } = await jsonModule;
        // C1 controls and bidi marks are escaped only if the inputs hold some (the report's strings all come from them).
        const pieces = renderJsonPieces(result, undefined, inputsHoldRawControls([from.declaration, to.declaration], [from.label, to.label]));
        if (options.output) await writeReport(io, options.output, utf8OfPieces(pieces));
        else for (const piece of pieces) io.stdout(piece);
        tracePhase('JSON written');
      } else if (format === 'docx') {
        const { renderDocx } = await import('../../render/docx/index.js');
        const docx = renderDocx(result, from.declaration, to.declaration);
        tracePhase('Word redline rendered');
        await writeReport(io, options.output!, docx);
        tracePhase('Word redline written');
      } else if (format !== 'json') {
        const report = await render(result, format, {
          color, ...reportWidth(io, options.output ? (options.width ?? Infinity) : options.width), stat: options.stat ?? false, context: options.context ?? 0,
        });
        if (options.output) await writeReport(io, options.output, report);
        else await (await import('../pager.js')).writePaged(io, report, { pager: options.pager });
      }
      if (options.exitCode && differs(result)) setExit(EXIT.differences);
    });
}

/**
 * Write a report to the file the user named, atomically. Like a shell redirection it needs the
 * folder to exist and the path not to be a folder; every failure is one line naming the file.
 */
async function writeReport(io: CliIO, output: string, report: FileContent): Promise<void> {
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

/** The report in its format; `--stat` replaces the text report by its summary. */
async function render(result: DiffResult, format: Exclude<Format, 'json' | 'docx'>, options: { color: boolean; width: number; stat: boolean; context: number }): Promise<string> {
  if (options.stat && format === 'text') {
    const [{ renderStat }, { withCellWidths }] = await Promise.all([import('../../render/text-stat.js'), import('../../render/width.js')]);
    return withCellWidths(() => renderStat(result, options));
  }
  const { renderReport } = await import('../../render/index.js');
  return renderReport(result, format, options);
}

/** A parser for a whole-number option of at least `min`. */
function count(flag: string, min: number): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`${flag} needs a whole number of at least ${min}, not '${value}'`);
    return Number(value);
  };
}

/** Do the two declarations differ in any way the summary counts? */
function differs({ summary }: DiffResult): boolean {
  return summary.added + summary.removed + summary.split + summary.merged + summary.moved + summary.reworded > 0;
}

function parseFormat(value: string): Format {
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`unknown format '${value}': use ${FORMATS.join(', ')}`);
}
