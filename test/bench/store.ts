/**
 * The store rows of `npm run bench`: whole-process time of `clausewise init` and of `clausewise
 * import` of the 120-clause seed into a fresh store, against their reference (`node -e ''` plus
 * `git init`, `git add` and `git commit` of the same file), all taken in turn in one run, medians.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** Milliseconds `command args` takes, run to its end with `env`. */
function time(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): number {
  const started = performance.now();
  execFileSync(command, args, { env, cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - started;
}

/**
 * The store rows, `runs` rounds of every command in turn; `root` is the project, `cli` the built
 * CLI. `BENCH_BASELINE_CLI` (another build's `dist/cli/main.js`) adds its rows, taken in the same rounds.
 */
export function storeRows(root: string, cli: string, runs: number): void {
  const baseline = process.env['BENCH_BASELINE_CLI'];
  const scratch = mkdtempSync(join(tmpdir(), 'clausewise-bench-store-'));
  const home = mkdtempSync(join(tmpdir(), 'clausewise-bench-home-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
  const seed = join(root, 'fixtures', 'seed-2020-moscow.txt');
  const canonical = execFileSync(process.execPath, [cli, 'normalise', seed], { env, encoding: 'utf8' });
  const rows = { node: [] as number[], gitInit: [] as number[], gitAdd: [] as number[], init: [] as number[], import: [] as number[], baseInit: [] as number[], baseImport: [] as number[] };
  try {
    for (let k = 0; k < runs; k++) {
      rows.node.push(time(process.execPath, ['-e', ''], env));
      const plain = join(scratch, `git-${k}`);
      rows.gitInit.push(time('git', ['init', '--quiet', plain], env));
      writeFileSync(join(plain, 'declaration.md'), canonical);
      rows.gitAdd.push(time('git', ['add', 'declaration.md'], env, plain) + time('git', ['commit', '--quiet', '-m', 'import'], env, plain));
      const store = join(scratch, `store-${k}`);
      rows.init.push(time(process.execPath, [cli, 'init', store], env));
      rows.import.push(time(process.execPath, [cli, '--store', store, 'import', seed], env));
      if (baseline) {
        const other = join(scratch, `baseline-${k}`);
        rows.baseInit.push(time(process.execPath, [baseline, 'init', other], env));
        rows.baseImport.push(time(process.execPath, [baseline, '--store', other, 'import', seed], env));
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
  const node = median(rows.node);
  const gitInit = median(rows.gitInit);
  const addCommit = median(rows.gitAdd);
  const importReference = node + addCommit;
  const initReference = node + gitInit + addCommit;
  const line = (label: string, ms: number, reference: number, names: string) =>
    console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / reference).toFixed(2)}× ${names} (${reference.toFixed(0)} ms), +${(ms - reference).toFixed(0)} ms`);
  console.log(`\nstore, median of ${runs} runs, commands taken in turn (node -e '' ${node.toFixed(0)} ms, git init ${gitInit.toFixed(0)} ms, git add + git commit ${addCommit.toFixed(0)} ms)`);
  line('clausewise import (seed, 120 clauses, fresh store)', median(rows.import), importReference, "node -e '' + git add + git commit");
  line('clausewise init', median(rows.init), initReference, "node -e '' + git init + git add + git commit");
  if (baseline) {
    line('baseline import', median(rows.baseImport), importReference, "node -e '' + git add + git commit");
    line('baseline init', median(rows.baseInit), initReference, "node -e '' + git init + git add + git commit");
  }
}
