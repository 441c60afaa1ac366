/**
 * The store's one fault-injection test hook: `CLAUSEWISE_TEST_FAIL=STEP:CODE` makes the import fail
 * at STEP with the I/O error CODE (`place:EACCES`, `index:ENOSPC`), as a real failure there would,
 * so that tests running as root (whom a read-only folder does not stop) reach every step. The
 * steps, in the order `commitFile` meets them: `blob`, `stage`, `head`, `place`, `index`.
 */

/** The steps of a commit where a failure can be injected. */
export const FAULT_STEPS = ['blob', 'stage', 'head', 'place', 'index'] as const;
export type FaultStep = (typeof FAULT_STEPS)[number];

/** A failure to inject. */
export interface Fault {
  step: FaultStep;
  /** An errno code such as `EACCES`. */
  code: string;
}

/** Read `CLAUSEWISE_TEST_FAIL`; undefined when unset or malformed (a test hook never fails a real run). */
export function parseFault(value: string | undefined): Fault | undefined {
  const match = /^([a-z]+):(E[A-Z]+)$/.exec(value ?? '');
  const step = FAULT_STEPS.find((name) => name === match?.[1]);
  return step && match?.[2] ? { step, code: match[2] } : undefined;
}

/** Throw the injected error when `fault` is set for `step`. */
export function failIfInjected(fault: Fault | undefined, step: FaultStep, path: string): void {
  if (fault?.step !== step) return;
  const error = new Error(`${fault.code}: injected failure (CLAUSEWISE_TEST_FAIL), ${path}`) as NodeJS.ErrnoException;
  error.code = fault.code;
  error.path = path;
  throw error;
}
