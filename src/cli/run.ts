import { Command, CommanderError } from 'commander';
import { ClausewiseError, UsageError } from '../errors.js';
import { causeText, ioCause } from '../store/io-errors.js';
import { disableTrace, enableTrace } from '../trace.js';
import { printable, sanitizeTerminal } from '../text/sanitize.js';
import { colorArguments } from './color.js';
import { commandNamed, registerCommands } from './commands/index.js';
import type { CliIO } from './io.js';
import pkg from '../../package.json' with { type: 'json' };

/** Exit statuses, documented in the README. */
export const EXIT = { ok: 0, differences: 1, bad: 2 } as const;


/**
 * Build the command-line program; actions report their exit status through `setExit`. With the
 * arguments, only the command they name is registered (see `registerCommands`).
 */
export function buildProgram(io: CliIO, setExit: (code: number) => void, argv: readonly string[] = []): Command {
  const program = new Command('clausewise')
    .description('Compare diplomatic declarations clause by clause and keep every version in git.')
    .version(pkg.version, '-V, --version')
    .option('--store <dir>', 'declaration store (default: $CLAUSEWISE_STORE, else the enclosing git work tree with declarations/)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // Help wraps to the terminal, or to 80 columns when there is none, the same everywhere.
      getOutHelpWidth: () => io.columns ?? 80,
      getErrHelpWidth: () => io.columns ?? 80,
      // Commander's messages become the same one-line form as ours.
      outputError: (text, write) => write(`clausewise: ${oneLine(text.replace(/^error: /, ''))} (see clausewise --help)\n`),
    });
  registerCommands(program, io, setExit, argv);
  return program;
}

/**
 * Run the CLI with arguments (without `node` and the script) and return the exit status.
 * This is the only place where errors become exit codes and one-line messages.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  if (io.env['CLAUSEWISE_TRACE']) enableTrace(io.stderr);
  const program = buildProgram(io, (next) => { code = next; }, argv);
  try {
    if (argv.length === 0) throw new UsageError('no command given (clausewise --help lists the commands)');
    // Commander answers `help <anything>` with the whole help, on stdout, status 0.
    if (argv[0] === 'help' && argv[1] !== undefined && commandNamed(argv.slice(1)) === undefined) {
      throw new UsageError(`unknown command '${printable(argv[1])}' (clausewise --help lists the commands)`);
    }
    await program.parseAsync(colorArguments(argv), { from: 'user' });
  } catch (error) {
    code = report(error, io);
  }
  try {
    io.flush?.();
  } catch (error) {
    // Output that cannot be written fails a command that had succeeded; a failed one keeps its own message.
    if (code !== EXIT.bad) code = report(error, io);
  }
  if (io.env['CLAUSEWISE_TRACE']) disableTrace();
  return code;
}

/** The exit status for an error, after its one-line message (commander prints its own). */
function report(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT.ok;
    return EXIT.bad; // commander has already printed its one-line message
  }
  if (error instanceof ClausewiseError) {
    io.stderr(`clausewise: ${oneLine(error.message)}\n`);
    return EXIT.bad;
  }
  // A file operation that failed for an I/O reason (a full disk, a read-only folder) is named as such.
  const failed = error as NodeJS.ErrnoException;
  const cause = ioCause(error);
  if (cause && typeof failed.path === 'string') {
    io.stderr(`clausewise: ${oneLine(`cannot ${failed.syscall ?? 'write'} ${failed.path}: ${causeText(cause)}`)}\n`);
    return EXIT.bad;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`clausewise: unexpected error: ${oneLine(message)}\n`);
  if (io.env['CLAUSEWISE_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.bad;
}

/** A message on one line, with whatever it quotes (file names, arguments, document text) made safe for a terminal. */
function oneLine(text: string): string {
  return sanitizeTerminal(text).replace(/(?<!\s)\s*\n\s*/g, ' ').trim();
}
