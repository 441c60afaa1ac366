// The bundle's entry (dist/cli/clausewise.js): `main` for the launcher (src/cli/launcher.cjs),
// `run` for the build, which runs commands in-process to make the code cache.
import { run } from './run.js';
import { isTerminal, openOutput } from './stdout.js';

export { run };

/**
 * A standard stream, built on first use with its error handling. Node builds `process.stdout`,
 * `stderr` and `stdin` lazily, and each one loads modules (tty, net, streams) at a few
 * milliseconds' cost: a report written to a file needs none of them.
 */
function guarded(get: () => NodeJS.WriteStream): () => NodeJS.WriteStream {
  let stream: NodeJS.WriteStream | undefined;
  return () => {
    if (stream) return stream;
    const built = get();
    stream = built;
    built.on('error', (error: NodeJS.ErrnoException) => {
      // A reader that stops early (`clausewise diff … | head`) closes the pipe: that is not an error.
      if (error.code === 'EPIPE') process.exit(0);
      // Anything else (a full disk behind a pipe): one line, as for every other failure.
      if (built !== stderr()) stderr().write(`clausewise: cannot write the output (${error.code ?? 'error'})\n`);
      process.exit(2);
    });
    return built;
  };
}

const stderr = guarded(() => process.stderr);
const stdoutStream = guarded(() => process.stdout);

/** Hand a report to a pager, after what stdout holds back (the pager writes to the same terminal). */
function pageOnTerminal(writer: { flush: () => void }): (argv: readonly string[], text: string) => Promise<boolean> {
  return async (argv, text) => {
    writer.flush();
    const { spawnPager } = await import('./spawn-pager.js');
    return spawnPager(argv, text, process.env);
  };
}

/** Run the CLI on this process's arguments and standard streams; sets the exit status. */
export async function main(): Promise<void> {
  // The only function that touches `process`: everything else receives a CliIO.
  const stdout = await openOutput(1, stdoutStream);
  const code = await run(process.argv.slice(2), {
    stdout: (text) => stdout.writer.write(text),
    flush: () => stdout.writer.flush(),
    stderr: (text) => stderr().write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: stdout.isTTY,
    ...(stdout.isTTY && stdoutStream().columns ? { columns: stdoutStream().columns } : {}),
    ...(stdout.isTTY && stdoutStream().rows ? { rows: stdoutStream().rows } : {}),
    ...(stdout.isTTY ? { page: pageOnTerminal(stdout.writer) } : {}),
    ...(stdout.isTTY && (await isTerminal(0)) ? { terminal: { stdin: process.stdin, stdout: stdoutStream() } } : {}),
  });
  process.exitCode = code;
}
