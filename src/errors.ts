/**
 * Typed errors. Only `cli/` turns them into exit codes and one-line messages:
 * every one of them means "bad input or usage" (exit 2).
 */

/** Base class: a problem the user can fix, reported as one line. */
export class ClausewiseError extends Error {
  override name = 'ClausewiseError';
}

/** Wrong command-line usage (unknown option, missing argument, bad id). */
export class UsageError extends ClausewiseError {
  override name = 'UsageError';
}

/** Input that cannot be read or understood (missing, empty, binary, undecodable, no body). */
export class InputError extends ClausewiseError {
  override name = 'InputError';
}

/** The report cannot be written (disk full, closed descriptor). */
export class OutputError extends ClausewiseError {
  override name = 'OutputError';
}

/** A store problem (no store, unknown reference, dirty or locked repository, git failure). */
export class StoreError extends ClausewiseError {
  override name = 'StoreError';
}
