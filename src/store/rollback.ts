import { ClausewiseError, StoreError } from '../errors.js';
import { causeText, gitIoCause, ioCause } from './io-errors.js';
import { git } from './git.js';
import type { Store } from './locate.js';
import type { StagedFile } from './staged-file.js';
import { failIfInjected, type Fault } from './fault.js';

/**
 * Taking back a commit whose work-tree half failed after HEAD moved, so that an import that
 * reports failure leaves the store exactly as before (and no later command completes it).
 */

/** A failed commit, reported in one line. `undone` is false only when even the undo failed. */
export class CommitFailure extends StoreError {
  override name = 'CommitFailure';
  constructor(message: string, readonly undone: boolean) {
    super(message);
  }
}

/** One line for a failed step: `cannot WHAT: permission denied (EACCES)`, or the error's own line. */
export function describeFailure(what: string, error: unknown): string {
  const cause = ioCause(error) ?? (error instanceof Error ? gitIoCause(error.message) : null);
  if (cause) return `cannot ${what}: ${causeText(cause)}`;
  if (error instanceof ClausewiseError) return error.message;
  return `cannot ${what}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Put the old file back and move HEAD back to `from`, only if it still is `to` (git checks it in
 * the same atomic step). The caller removes the journal once this returns.
 */
export async function rollBack(store: Store, staged: StagedFile, from: string | null, to: string, fault?: Fault): Promise<void> {
  // The file first: putting the old one back frees the new one's blocks, so that on a full disk
  // the ref's lock file below finds room.
  await staged.restore();
  failIfInjected(fault, 'undo', `${store.gitDir}/HEAD`);
  if (from) await git(store.root, ['update-ref', '-m', 'clausewise: undo a failed import', 'HEAD', from, to]);
  else await git(store.root, ['update-ref', '-d', 'HEAD', to]);
}
