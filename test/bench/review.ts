/**
 * The review rows of `npm run bench` (`BENCH_ONLY=review`): time from start to the first frame of
 * the pair review (`clausewise review A B`) on the bundled pair (about 120 clauses) and on a
 * generated 10,000-clause pair, in a pseudo-terminal of 160×45, against `node -e ''` started the
 * same way, taken in turn in one run, medians. The frame is recognised by its footer's key hint
 * (`q quit`), which only a drawn frame contains.
 *
 * With tmux, one tmux server runs for the whole loop and a control-mode client (`tmux -C`) opens
 * each command in a new window and reports the window's output as it arrives (`%output`) and its
 * end (`%unlinked-window-close`): the clock runs from the `new-window` command to the frame, or to
 * the end of `node -e ''`. Without tmux (or with `BENCH_PTY=script`), script(1) makes the
 * pseudo-terminal (as the corpus rows do).
 * `BENCH_BASELINE_CLI` (another build's `dist/cli/main.js`) adds its rows, taken in the same rounds.
 */
import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toMarkdown } from '../../src/tree/markdown-write.js';
import { generatePair, scaledBase } from '../gen/generate.js';

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
/** Text that only a drawn frame of the pair review contains: the footer's key hint. */
const FRAME_MARK = 'q quit';
const COLUMNS = 160;
const ROWS = 45;
/** Targets of issue 21: first frame at 120 clauses and at 10,000. */
const TARGET_MS = { small: 300, large: 500 } as const;

interface Command {
  label: string;
  args: string[];
  /** Wait for the review's frame (then quit it with q), or for the process to end. */
  until: 'frame' | 'exit';
  target?: number;
}

/** Milliseconds until the command was done, and the CPU time its process had used by then (the review's; NaN when unknown). */
interface Timing {
  ms: number;
  cpu: { all: number; main: number };
}

/** Runs one command in a fresh pseudo-terminal. */
type Runner = { time(command: Command): Promise<Timing>; close(): void };

/**
 * CPU milliseconds (user + system) process `pid` has used so far, all its threads (V8 compiles and
 * collects on threads of its own) and its main thread alone (Linux, clock ticks of 10 ms); NaN when unknown.
 */
function cpuOf(pid: number | undefined): { all: number; main: number } {
  const ticks = (path: string, at: number) => {
    const fields = readFileSync(path, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[at]) + Number(fields[at + 1])) * 10;
  };
  try {
    return { all: ticks(`/proc/${pid}/stat`, 11), main: ticks(`/proc/${pid}/task/${pid}/stat`, 11) };
  } catch {
    return { all: Number.NaN, main: Number.NaN };
  }
}

/** Quote one word for a shell (tmux's command parser and sh share this form). */
const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** Undo tmux control mode's escapes of `%output` data (octal for controls and backslash). */
const unescapeOutput = (data: string) => data.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/** A tmux server with one control client; each command runs in a window of its own. */
async function tmuxRunner(root: string, socket: string, env: NodeJS.ProcessEnv): Promise<Runner> {
  const client: ChildProcessWithoutNullStreams = spawn('tmux', ['-S', socket, '-f', '/dev/null', '-C', 'new-session', '-x', String(COLUMNS), '-y', String(ROWS), '-c', root], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let pending = '';
  let listener: ((line: string) => void) | undefined;
  client.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('latin1');
    let end: number;
    while ((end = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, end);
      pending = pending.slice(end + 1);
      listener?.(line);
    }
  });
  const send = (line: string) => client.stdin.write(`${line}\n`);
  send(`refresh-client -C ${COLUMNS}x${ROWS}`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    time: (command) => new Promise((resolve, reject) => {
      let pane: string | undefined;
      let window: string | undefined;
      let pid: number | undefined;
      let seen = '';
      let at: number | undefined;
      let cpu = { all: Number.NaN, main: Number.NaN };
      const timer = setTimeout(() => reject(new Error(`${command.label}: nothing after 30 s: ${seen.slice(-300)}`)), 30_000);
      listener = (line) => {
        const opened = /^(%\d+) (@\d+) (\d+)$/.exec(line);
        if (opened && pane === undefined) {
          [, pane, window] = opened;
          pid = Number(opened[3]);
        }
        else if (pane !== undefined && at === undefined && line.startsWith(`%output ${pane} `)) {
          seen += unescapeOutput(line.slice(`%output ${pane} `.length));
          if (command.until === 'frame' && seen.includes(FRAME_MARK)) {
            at = performance.now() - started;
            cpu = cpuOf(pid);
            send(`send-keys -t ${pane} q`);
          }
        } else if (window !== undefined && (line === `%unlinked-window-close ${window}` || line === `%window-close ${window}`)) {
          if (command.until === 'exit') at = performance.now() - started;
          clearTimeout(timer);
          listener = undefined;
          if (at === undefined) reject(new Error(`${command.label}: ended without a frame: ${seen.slice(-300)}`));
          else resolve({ ms: at, cpu });
        }
      };
      const started = performance.now();
      send(`new-window -P -F '#{pane_id} #{window_id} #{pane_pid}' ${[process.execPath, ...command.args].map(quote).join(' ')}`);
    }),
    close: () => {
      send('kill-server');
      client.stdin.end();
    },
  };
}

/** script(1) makes a pseudo-terminal for each command (when tmux is missing). */
function scriptRunner(root: string, env: NodeJS.ProcessEnv): Runner {
  return {
    time: (command) => new Promise((resolve, reject) => {
      const started = performance.now();
      const line = `stty cols ${COLUMNS} rows ${ROWS}; exec ${[process.execPath, ...command.args].map(quote).join(' ')}`;
      const child = spawn('script', ['-qfec', line, '/dev/null'], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'] });
      let seen = '';
      let at: number | undefined;
      let cpu = { all: Number.NaN, main: Number.NaN };
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        if (at !== undefined || command.until !== 'frame') return;
        seen += chunk.toString('latin1');
        if (seen.includes(FRAME_MARK)) {
          at = performance.now() - started;
          // script's child, the review (exec'd by the shell).
          cpu = cpuOf(Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]));
          child.stdin.write('q');
        }
      });
      child.on('exit', () => {
        clearTimeout(timer);
        if (command.until === 'exit') at = performance.now() - started;
        if (at === undefined) reject(new Error(`${command.label}: no frame drawn: ${seen.slice(-300)}`));
        else resolve({ ms: at, cpu });
      });
    }),
    close: () => undefined,
  };
}

const hasTool = (name: string, args: string[]) => {
  try {
    execFileSync(name, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** The review rows, `runs` rounds of every command in turn, with the built CLI `cli` (run from `root`). */
export async function reviewRows(root: string, cli: string, runs: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-bench-review-'));
  const env = { ...process.env };
  // Ink draws nothing until it exits when it believes it runs in CI (the CLI removes these too).
  delete env['CI'];
  delete env['CONTINUOUS_INTEGRATION'];
  // BENCH_PTY=script takes script(1) even where tmux is installed.
  const viaTmux = process.env['BENCH_PTY'] !== 'script' && hasTool('tmux', ['-V']);
  if (!viaTmux && !hasTool('script', ['--version'])) {
    console.log('\nreview first frame skipped: neither tmux nor script(1) for a pseudo-terminal');
    return;
  }
  // The server's socket in the temporary folder, removed with it.
  const runner = viaTmux ? await tmuxRunner(root, join(dir, 'tmux-socket'), env) : scriptRunner(root, env);
  try {
    const pair = generatePair(1, 3, { base: scaledBase(10000, 1), edits: 1000 });
    writeFileSync(join(dir, 'a-10000.md'), toMarkdown(pair.a));
    writeFileSync(join(dir, 'b-10000.md'), toMarkdown(pair.b));
    const builds = [{ name: '', cli }];
    const baseline = process.env['BENCH_BASELINE_CLI'];
    if (baseline) builds.push({ name: ' (baseline build)', cli: baseline });
    const commands: Command[] = [{ label: "node -e ''", args: ['-e', ''], until: 'exit' }];
    for (const { name, cli: main } of builds) {
      commands.push({ label: `review, 120 clauses${name}`, args: [main, 'review', '2020-moscow', join(root, 'fixtures', 'synthetic-2020-moscow-revised.md')], until: 'frame', target: TARGET_MS.small });
      commands.push({ label: `review, 10,000 clauses${name}`, args: [main, 'review', join(dir, 'a-10000.md'), join(dir, 'b-10000.md')], until: 'frame', target: TARGET_MS.large });
    }
    const times = commands.map(() => [] as number[]);
    const cpus = commands.map(() => [] as number[]);
    const mains = commands.map(() => [] as number[]);
    for (let k = 0; k < runs; k++) {
      for (const [c, command] of commands.entries()) {
        const { ms, cpu } = await runner.time(command);
        times[c]!.push(ms);
        cpus[c]!.push(cpu.all);
        mains[c]!.push(cpu.main);
      }
    }
    const node = median(times[0]!);
    console.log(`\nreview: first frame in a ${COLUMNS}×${ROWS} pseudo-terminal (${viaTmux ? 'tmux' : 'script(1)'}), whole process, median of ${runs} runs, commands taken in turn;`);
    console.log('CPU time (user + system) of the review until its frame, all threads and the main thread, which waiting for a core on a busy machine does not inflate');
    for (const [c, { label, target }] of commands.entries()) {
      const ms = median(times[c]!);
      const spread = `${Math.min(...times[c]!).toFixed(0)}–${Math.max(...times[c]!).toFixed(0)}`;
      const cpu = target === undefined ? '' : `cpu ${median(cpus[c]!).toFixed(0)} ms (main thread ${median(mains[c]!).toFixed(0)})  `;
      const note = target === undefined ? '' : `${(ms / node).toFixed(2)}× node -e '', +${(ms - node).toFixed(0)} ms; ≤ ${target / 1000} s: ${ms <= target ? 'met' : 'not met'}`;
      console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms (${spread.padStart(9)})  ${cpu}${note}`);
    }
  } finally {
    runner.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
