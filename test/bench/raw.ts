/**
 * The raw-input rows of `npm run bench`: whole-process time of `clausewise diff --json` of two
 * 10,000-clause files as raw Markdown (no `title:` in the front matter), as page text and as an
 * HTML page with a little chrome (test/gen/raw-forms.ts), against
 * the same pair in canonical form, taken in turn in one run, medians; and the peak memory of the
 * raw pairs at 20,000 clauses (GNU time's maximum resident set size, when /usr/bin/time exists).
 * `BENCH_RAW_BEFORE=path/to/dist/cli/main.js` adds another build's rows, taken in the same rounds.
 * With GNU time, each row also gives the median CPU time (user + system) and its ratio.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { generatePair, scaledBase } from '../gen/generate.js';
import { rawForms } from '../gen/raw-forms.js';

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
const FORMS = [
  { label: 'canonical', a: 'a.md', b: 'b.md' },
  { label: 'raw Markdown', a: 'raw-a.md', b: 'raw-b.md' },
  { label: 'page text', a: 'page-a.txt', b: 'page-b.txt' },
  { label: 'HTML page', a: 'page-a.html', b: 'page-b.html' },
] as const;

/** Write the pair of `size` clauses in the four forms into `dir`. */
function writePair(dir: string, size: number): void {
  const pair = generatePair(1, 3, { base: scaledBase(size, 1), edits: Math.max(14, Math.round(size / 10)) });
  for (const [side, declaration] of [['a', pair.a], ['b', pair.b]] as const) {
    const { markdown, pageText, html } = rawForms(declaration);
    writeFileSync(join(dir, `${side}.md`), toMarkdown(declaration));
    writeFileSync(join(dir, `raw-${side}.md`), markdown);
    writeFileSync(join(dir, `page-${side}.txt`), pageText);
    writeFileSync(join(dir, `page-${side}.html`), html);
  }
}

/** Targets of issue 21: each raw form's time over canonical's. */
const TARGETS: Record<string, number> = { 'raw Markdown': 1.5, 'page text': 1.5, 'HTML page': 2 };

/**
 * The raw-input rows, `runs` rounds of the four forms in turn, with the built CLI `cli`; with
 * `BENCH_RAW_BEFORE` (another build's `dist/cli/main.js`), that build's rows too, taken in the
 * same rounds, as the before of a before → after.
 */
export function rawRows(cli: string, runs: number): void {
  const before = process.env['BENCH_RAW_BEFORE'];
  const builds = before ? [{ label: 'before', cli: before }, { label: 'after', cli }] : [{ label: '', cli }];
  const root = mkdtempSync(join(tmpdir(), 'clausewise-bench-raw-'));
  try {
    const small = join(root, '10000');
    const large = join(root, '20000');
    execFileSync('mkdir', [small, large]);
    writePair(small, 10000);
    writePair(large, 20000);
    const times = builds.map(() => FORMS.map(() => [] as number[]));
    const cpu = builds.map(() => FORMS.map(() => [] as number[]));
    const timed = existsSync('/usr/bin/time');
    for (let k = 0; k < runs; k++) {
      builds.forEach((build, n) => {
        FORMS.forEach(({ a, b }, f) => {
          const command = [process.execPath, build.cli, 'diff', '--json', '-o', '/dev/null', join(small, a), join(small, b)];
          const started = performance.now();
          // GNU time's user + system seconds: the CPU a run took, which the other work on a shared machine changes less than its wall time.
          const { stderr, status } = timed
            ? spawnSync('/usr/bin/time', ['-f', '%U %S', ...command], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
            : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
          times[n]![f]!.push(performance.now() - started);
          if (status !== 0) throw new Error(`${command.join(' ')} failed: ${stderr}`);
          if (timed) cpu[n]![f]!.push(stderr.trim().split('\n').pop()!.split(' ').reduce((sum, part) => sum + Number(part), 0) * 1000);
        });
      });
    }
    console.log(`\ndiff --json of raw inputs, 10,000 clauses each, median of ${runs} runs, forms${before ? ' and builds' : ''} taken in turn`);
    builds.forEach((build, n) => {
      const canonical = median(times[n]![0]!);
      const canonicalCpu = timed ? median(cpu[n]![0]!) : 0;
      FORMS.forEach(({ label }, f) => {
        const ms = median(times[n]![f]!);
        const target = TARGETS[label] ? `  (target ≤ ${TARGETS[label]}×)` : '';
        const cpuMs = timed ? median(cpu[n]![f]!) : 0;
        const cpuPart = timed ? `; CPU ${cpuMs.toFixed(0).padStart(5)} ms  ${(cpuMs / canonicalCpu).toFixed(2)}×` : '';
        console.log(`${build.label ? `${build.label.padEnd(7)}` : ''}${label.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / canonical).toFixed(2)}× canonical${cpuPart}${target}`);
      });
    });
    if (!timed) return;
    for (const build of builds) {
      const peaks = FORMS.map(({ a, b }) => {
        const { stderr } = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, build.cli, 'diff', '--json', '-o', '/dev/null', join(large, a), join(large, b)], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
        return Number(stderr.trim().split('\n').pop()) / 1024;
      });
      console.log(`${build.label ? `${build.label}: ` : ''}peak memory at 20,000 clauses each (target ≤ 200 MB): ${FORMS.map(({ label }, f) => `${label} ${peaks[f]!.toFixed(0)} MB`).join(', ')}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
