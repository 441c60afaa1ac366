import { spawn } from 'node:child_process';

/**
 * Run a pager (argv as split, no shell) on this terminal and feed it the text on its stdin; true
 * once it has exited, false when it could not start. Like git, it sets `LESS=FRX` and `LV=-c`
 * unless they are set, and ignores Ctrl-C while the pager runs (the pager handles it).
 */
export function spawnPager(argv: readonly string[], text: string, env: Record<string, string | undefined>): Promise<boolean> {
  const [command, ...args] = argv;
  if (command === undefined) return Promise.resolve(false);
  return new Promise((resolve) => {
    const ignore = (): void => {};
    process.on('SIGINT', ignore);
    const child = spawn(command, args, {
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...env, LESS: env['LESS'] ?? 'FRX', LV: env['LV'] ?? '-c' },
    });
    let started = false;
    child.on('spawn', () => { started = true; });
    // A pager that quits before reading everything closes its end: not an error.
    child.stdin.on('error', () => {});
    child.on('error', () => {
      process.off('SIGINT', ignore);
      resolve(started);
    });
    child.on('close', () => {
      process.off('SIGINT', ignore);
      resolve(true);
    });
    child.stdin.end(text);
  });
}
