import { escapeJsonControls } from '../text/sanitize.js';
import { type ColorOption, chooseColor } from './color.js';

/** What a command may touch of the outside world; `cli.ts` fills it from `process`, tests from buffers. */
export interface CliIO {
  /** Write to standard output. */
  stdout: (text: string) => void;
  /** Write out what `stdout` holds back, if it holds anything back; called once, at the end of a command. */
  flush?: () => void;
  /** Write to standard error. */
  stderr: (text: string) => void;
  /** Working directory for relative paths and store discovery. */
  cwd: string;
  /** Environment variables (`CLAUSEWISE_STORE`, `NO_COLOR`, …). */
  env: Record<string, string | undefined>;
  /** Standard output is a terminal (colour and the interactive UI are allowed). */
  isTTY: boolean;
  /** Terminal width, when known. */
  columns?: number;
  /** Terminal height, when known (reports longer than it are paged). */
  rows?: number;
  /** Run a pager (argv, no shell) on the terminal with this text on its stdin; false when it could not start. */
  page?: (argv: readonly string[], text: string) => Promise<boolean>;
  /** Real terminal streams for the interactive UI; absent in tests and pipes. */
  terminal?: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream };
}

/** Print a value as pretty JSON and a newline, C1 controls and bidi marks as `\u` escapes as JSON writes C0 ones. */
export function printJson(io: CliIO, value: unknown): void {
  io.stdout(`${escapeJsonControls(JSON.stringify(value, null, 2))}\n`);
}

/**
 * Print a text view with exact display widths: `render` runs again once string-width is loaded,
 * should a text need it (`withCellWidths`).
 */
export async function printText(io: CliIO, render: () => string): Promise<void> {
  const { withCellWidths } = await import('../render/width.js');
  io.stdout(await withCellWidths(render));
}

/** The `width` option of a text view: the terminal's (80 when unknown); not for a terminal, no wrapping. */
export function viewWidth(io: CliIO): { width: number } {
  return reportWidth(io);
}

/** The width of a report: `--width N`, else the terminal's (80 when unknown); not for a terminal, no wrapping. */
export function reportWidth(io: CliIO, width?: number): { width: number } {
  if (width !== undefined) return { width };
  return { width: io.columns ?? (io.isTTY ? 80 : Infinity) };
}

/** Colour as `--color` / `--no-color`, `FORCE_COLOR` and `NO_COLOR` ask (see `chooseColor`), by default on a terminal only. */
export function useColor(io: CliIO, options: { color?: ColorOption }): boolean {
  return chooseColor(options.color, io.env, io.isTTY);
}

/** An IO that collects output in strings: for tests and for commands that capture output. */
export function bufferIO(options: Partial<Omit<CliIO, 'stdout' | 'stderr'>> = {}): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    stdout: (text) => { out += text; },
    stderr: (text) => { err += text; },
    out: () => out,
    err: () => err,
  };
}
