import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isKeptIndex } from '../../src/store/kept-index.js';
import type { Store } from '../../src/store/locate.js';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import type { Declaration } from '../../src/types.js';

/** Environment for git in tests: no system or global configuration, fixed identity and dates come from the repo config. */
export const GIT_ENV: Record<string, string> = {
  PATH: process.env['PATH'] ?? '',
  HOME: mkdtempSync(join(tmpdir(), 'clausewise-home-')),
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Run git in `dir` and return its trimmed output. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
}

let template: string | undefined;

/**
 * A store for tests: a real git repository in a temp folder, branch `main`, fixed user, one commit
 * with declarations/README.md. Built once per test file and copied, because git is slow on a busy machine.
 */
export function makeStore(): Store & { dir: string } {
  template ??= buildTemplate();
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-store-'));
  cpSync(template, dir, { recursive: true });
  const root = realpathSync(dir);
  return { dir: root, root, gitDir: join(root, '.git') };
}

function buildTemplate(): string {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-template-'));
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'config', 'user.name', 'Store Test');
  git(dir, 'config', 'user.email', 'store-test@example.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  mkdirSync(join(dir, 'declarations'));
  writeFileSync(join(dir, 'declarations/README.md'), '# Declarations\n');
  git(dir, 'add', '--', 'declarations/README.md');
  git(dir, 'commit', '--quiet', '-m', 'start');
  return dir;
}

/** An invented declaration for store tests (marked synthetic); `edit` changes its second clause, `extra` adds clauses. */
export function sampleDeclaration(options: { edit?: string; extra?: number; title?: string } = {}): Declaration {
  const extra = Array.from({ length: options.extra ?? 0 }, (_, index) => `Added test clause ${index + 1}.`);
  return {
    meta: {
      title: options.title ?? 'Store test declaration',
      date: '2001-02-03',
      place: 'Testville',
      lang: 'en',
      synthetic: 'invented for the store tests; not a real declaration',
      signatories: [],
      extra: {},
    },
    preamble: ['The parties met to test the store.'],
    sections: [
      { heading: 'One', depth: 2, clauses: [options.edit ?? 'The parties agreed on a second clause.', 'A third clause follows.', ...extra], children: [] },
    ],
  };
}

/** `sampleDeclaration(options)` as canonical Markdown. */
export function sampleMarkdown(options: Parameters<typeof sampleDeclaration>[0] = {}): string {
  return toMarkdown(sampleDeclaration(options));
}

/** Write `sampleMarkdown(options)` to a fresh temp file and return its path. */
export function sampleFile(name: string, options: Parameters<typeof sampleDeclaration>[0] = {}): string {
  const path = join(mkdtempSync(join(tmpdir(), 'clausewise-input-')), name);
  writeFileSync(path, sampleMarkdown(options));
  return path;
}

/** Names of the files in the git folder or work tree that look like clausewise leftovers. */
export function leftovers(store: Store): string[] {
  const out = git(store.root, 'status', '--porcelain', '--ignored', '--untracked-files=all');
  // The index kept for the next commit (kept-index.ts) is no leftover.
  const inGit = readdirSync(store.gitDir).filter((name) => /clausewise/.test(name) && !isKeptIndex(name));
  return [...out.split('\n').filter((line) => line.length > 0), ...inGit];
}

/** A running `node dist/cli/main.js …` process and its outcome. */
export interface CliProcess {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Start the built CLI asynchronously, so that several can run at once or one can be killed. */
export function startCli(args: readonly string[], env: Record<string, string> = {}): CliProcess {
  const main = join(import.meta.dirname, '../../dist/cli/main.js');
  if (!existsSync(main)) throw new Error('dist/cli/main.js is missing: run npm run build (npm test does)');
  const child = spawn(process.execPath, [main, ...args], { env: { ...GIT_ENV, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** `git fsck` finds nothing wrong. */
export function fsckClean(store: Store): boolean {
  return git(store.root, 'fsck', '--no-progress', '--no-dangling') === '';
}
