import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bufferIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** The project root, for fixtures and the built CLI. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The seed: the 2020 Moscow declaration as scraped. */
export const SEED = join(ROOT, 'fixtures/seed-2020-moscow.txt');

/** Run the CLI in-process and collect its exit status and output. */
export async function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const io = bufferIO({ cwd: options.cwd ?? ROOT, env: options.env ?? {} });
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

/** Run the built CLI (`dist/cli/main.js`) in a real process. */
export function spawnCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...options.env },
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'clausewise-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A failure is one line on stderr, named after the program, with no stack trace. */
export function isOneLineError(stderr: string): boolean {
  const lines = stderr.split('\n').filter((line) => line.length > 0);
  return lines.length === 1 && lines[0]!.startsWith('clausewise: ') && !/\n\s+at /.test(stderr) && !stderr.includes('unexpected error');
}
