/** What a command may touch of the outside world; `main.ts` fills it from `process`, tests from buffers. */
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
  /** Real terminal streams for the interactive UI; absent in tests and pipes. */
  terminal?: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream };
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
