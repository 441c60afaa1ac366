/**
 * The store rows of `npm run bench`: whole-process time of `clausewise init` and of `clausewise
 * import` of the 120-clause seed into a fresh store, against their reference (`node -e ''` plus
 * `git init`, `git add` and `git commit` of the same file), all taken in turn in one run, medians;
 * each row says how far above its reference it is and whether issue 21's target (+100 ms) is
 * met, and gives the CPU time beside the wall time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childrenCpu } from './cpu.js';

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** Issue 21's target: each command within this many ms of its reference. */
const TARGET_MS = 100;

/** Wall and CPU milliseconds of one run. */
interface Timing {
  ms: number;
  cpu: number;
}

/** Wall and CPU milliseconds `command args` takes, run to its end with `env`. */
function time(command: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd?: string): Timing {
  const cpu = childrenCpu();
  const started = performance.now();
  execFileSync(command, args, { env, cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  return { ms: performance.now() - started, cpu: childrenCpu() - cpu };
}

const sum = (...timings: Timing[]): Timing => ({ ms: timings.reduce((total, { ms }) => total + ms, 0), cpu: timings.reduce((total, { cpu }) => total + cpu, 0) });

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
  const rows = { node: [] as Timing[], gitInit: [] as Timing[], gitAdd: [] as Timing[], init: [] as Timing[], import: [] as Timing[], baseInit: [] as Timing[], baseImport: [] as Timing[] };
  try {
    for (let k = 0; k < runs; k++) {
      rows.node.push(time(process.execPath, ['-e', ''], env));
      const plain = join(scratch, `git-${k}`);
      rows.gitInit.push(time('git', ['init', '--quiet', plain], env));
      writeFileSync(join(plain, 'declaration.md'), canonical);
      rows.gitAdd.push(sum(time('git', ['add', 'declaration.md'], env, plain), time('git', ['commit', '--quiet', '-m', 'import'], env, plain)));
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
  const medians = (timings: Timing[]): Timing => ({ ms: median(timings.map(({ ms }) => ms)), cpu: median(timings.map(({ cpu }) => cpu)) });
  const node = medians(rows.node);
  const gitInit = medians(rows.gitInit);
  const addCommit = medians(rows.gitAdd);
  const importReference = sum(node, addCommit);
  const initReference = sum(node, gitInit, addCommit);
  const line = (label: string, timings: Timing[], reference: Timing, names: string) => {
    const { ms, cpu } = medians(timings);
    const over = ms - reference.ms;
    const verdict = over <= TARGET_MS ? 'met' : 'not met';
    console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / reference.ms).toFixed(2)}× ${names} (${reference.ms.toFixed(0)} ms), +${over.toFixed(0)} ms over reference: target +${TARGET_MS} ms ${verdict}`);
    console.log(`${''.padEnd(44)} ${'CPU'.padStart(6)} ${cpu.toFixed(0)} ms against ${reference.cpu.toFixed(0)} ms, +${(cpu - reference.cpu).toFixed(0)} ms (children's user + system, 10 ms ticks)`);
  };
  console.log(`\nstore, median of ${runs} runs, commands taken in turn (node -e '' ${node.ms.toFixed(0)} ms, git init ${gitInit.ms.toFixed(0)} ms, git add + git commit ${addCommit.ms.toFixed(0)} ms)`);
  line('clausewise import (seed, 120 clauses, fresh store)', rows.import, importReference, "node -e '' + git add + git commit");
  line('clausewise init', rows.init, initReference, "node -e '' + git init + git add + git commit");
  if (baseline) {
    line('baseline import', rows.baseImport, importReference, "node -e '' + git add + git commit");
    line('baseline init', rows.baseInit, initReference, "node -e '' + git init + git add + git commit");
  }
}
