/**
 * Phase timings for `CLAUSEWISE_TRACE=1`: each mark prints the milliseconds since the previous
 * one (and since the process started) to standard error. Off unless the CLI turns it on, and
 * then a mark is one call that does nothing: the aligner stays free of I/O.
 */
let sink: ((label: string) => void) | undefined;

/** Mark the end of a phase. */
export function tracePhase(label: string): void {
  sink?.(label);
}

/**
 * Turn the marks on, writing lines to `write`; the first one counts from process start. Each line
 * also gives the process's CPU time in the phase (user and system), which waiting for a core on a
 * busy machine does not inflate.
 */
export function enableTrace(write: (line: string) => void): void {
  let last = 0;
  let lastCpu = 0;
  sink = (label) => {
    const now = performance.now();
    const { user, system } = process.cpuUsage();
    const cpu = (user + system) / 1000;
    write(`trace ${label.padEnd(26)} ${(now - last).toFixed(1).padStart(7)} ms  (${now.toFixed(0)} ms since start; CPU ${(cpu - lastCpu).toFixed(1)} ms)\n`);
    last = now;
    lastCpu = cpu;
  };
}

/** Turn the marks off again (tests). */
export function disableTrace(): void {
  sink = undefined;
}
