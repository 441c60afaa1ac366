/**
 * The store's one fault-injection test hook: `CLAUSEWISE_TEST_FAIL=STEP:CODE[,STEP:CODE…]` makes
 * the import fail at each STEP with the I/O error CODE (`place:EACCES`, `index:ENOSPC`), as a real
 * failure there would, so that tests running as root (whom a read-only folder does not stop)
 * reach every step. The steps, in the order `commitFile` meets them: `blob` and `stage` (the
 * commit is built while the file is staged), `head`, `place`, `index`, and `undo` (moving HEAD
 * back after a failure, to test a failed undo).
 */

/** The steps of a commit where a failure can be injected. */
export const FAULT_STEPS = ['blob', 'stage', 'head', 'place', 'index', 'undo'] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

/** Failures to inject: the errno code (such as `EACCES`) for each step that is to fail. */
export type Fault = Partial<Record<FaultStep, string>>;

/** Read `CLAUSEWISE_TEST_FAIL`; undefined when unset or malformed (a test hook never fails a real run). */
export function parseFault(value: string | undefined): Fault | undefined {
  const fault: Fault = {};
  for (const part of (value ?? '').split(',')) {
    const match = /^([a-z]+):(E[A-Z]+)$/.exec(part);
    const step = FAULT_STEPS.find((name) => name === match?.[1]);
    if (!step || !match?.[2]) return undefined;
    fault[step] = match[2];
  }
  return fault;
}

/** Throw the injected error when `fault` names `step`. */
export function failIfInjected(fault: Fault | undefined, step: FaultStep, path: string): void {
  const code = fault?.[step];
  if (!code) return;
  const error = new Error(`${code}: injected failure (CLAUSEWISE_TEST_FAIL), ${path}`) as NodeJS.ErrnoException;
  error.code = code;
  error.path = path;
  throw error;
}
