/**
 * The corpus rows of `npm run bench`: whole-process time of `clausewise timeline` and of the corpus
 * review's first frame (in a pseudo-terminal made by script(1), until the frame names the corpus)
 * on stores of the generated corpus (test/gen/corpus.ts) of growing size, medians of RUNS runs,
 * with the time per declaration so that linear growth shows, and the CPU time of the processes
 * (the review's until its first frame), which waiting for a core on a busy machine does not inflate.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childrenCpu } from './cpu.js';
import { writeCorpusStore } from './corpus-store.js';

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** CPU milliseconds (user + system) a running process has used so far (Linux), found as the child of `parent`; NaN when unknown. */
function cpuOfChild(parent: number): number {
  try {
    const child = readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim().split(/\s+/)[0];
    const fields = readFileSync(`/proc/${child}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/**
 * Milliseconds from start until the review draws its first frame (the corpus header), and the CPU
 * time the review had used by then; then it quits it with q.
 */
function firstFrame(cli: string, store: string, env: NodeJS.ProcessEnv): Promise<{ ms: number; cpu: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const command = `stty cols 160 rows 45; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --store ${JSON.stringify(store)} review`;
    const child = spawn('script', ['-qfec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let seen = '';
    let at: number | undefined;
    let cpu = Number.NaN;
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (at !== undefined) return;
      seen += chunk.toString('utf8');
      if (seen.includes('Corpus ·')) {
        at = performance.now() - started;
        cpu = child.pid === undefined ? Number.NaN : cpuOfChild(child.pid);
        child.stdin.write('q');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (at === undefined) reject(new Error(`no corpus frame drawn: ${seen.slice(0, 200)}`));
      else resolve({ ms: at, cpu });
    });
  });
}

/**
 * Print the corpus rows for stores of `sizes` summits (× 3 languages); a second time without
 * NODE_EXTRA_CA_CERTS when it is set (every Node start parses the certificates it names).
 */
export async function corpusRows(cli: string, sizes: readonly number[], runs: number): Promise<void> {
  await corpusTable(cli, sizes, runs, process.env, '');
  if (process.env['NODE_EXTRA_CA_CERTS']) {
    const { NODE_EXTRA_CA_CERTS: _certificates, ...env } = process.env;
    await corpusTable(cli, sizes, runs, env, ' without NODE_EXTRA_CA_CERTS');
  }
}

/** One table of the corpus rows, the processes run with `env`. */
async function corpusTable(cli: string, sizes: readonly number[], runs: number, env: NodeJS.ProcessEnv, title: string): Promise<void> {
  let hasScript = true;
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
  } catch {
    hasScript = false;
  }
  console.log(`\ncorpus: stores of the generated corpus (summits × Chinese, English, Russian), whole process${title}, median of ${runs} runs`);
  console.log('declarations | timeline ms (cpu)  per decl | corpus review first frame ms (cpu)  per decl');
  for (const summits of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'clausewise-corpus-'));
    try {
      const count = writeCorpusStore(dir, summits);
      const timeline: number[] = [];
      const timelineCpu: number[] = [];
      const frame: number[] = [];
      const frameCpu: number[] = [];
      for (let k = 0; k < runs; k++) {
        let cpu = childrenCpu();
        const started = performance.now();
        execFileSync(process.execPath, [cli, '--store', dir, 'timeline'], { env, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 26 });
        timeline.push(performance.now() - started);
        timelineCpu.push(childrenCpu() - cpu);
        if (!hasScript) continue;
        const drawn = await firstFrame(cli, dir, env);
        frame.push(drawn.ms);
        frameCpu.push(drawn.cpu);
      }
      const t = median(timeline);
      const cell = (ms: number, cpu: number, width: number) => `${ms.toFixed(0)} (${Number.isNaN(cpu) ? '?' : cpu.toFixed(0)})`.padStart(width);
      const frameText = hasScript ? `${cell(median(frame), median(frameCpu), 34)}  ${(median(frame) / count).toFixed(1).padStart(8)}` : '   skipped: no script(1) for a pseudo-terminal';
      console.log(`${String(count).padStart(12)} | ${cell(t, median(timelineCpu), 17)}  ${(t / count).toFixed(1).padStart(8)} | ${frameText}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
