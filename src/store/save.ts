import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError, UsageError } from '../errors.js';
import { sanitizeTerminal } from '../text/sanitize.js';
import { pathState } from './git.js';
import { declarationPath, type Store } from './locate.js';
import type { LockOptions } from './lock.js';
import { printable } from '../text/sanitize.js';
import type { Fault } from './fault.js';
import { symbolicLinkError } from './read.js';
import { CommitFailure, describeFailure } from './rollback.js';
import { forgetKeptIndex } from './kept-index.js';
import { buildCommit } from './new-commit.js';
import { assertIndexUnlocked, commitFile, recoverStore, withStoreLock } from './transaction.js';

/** Options of `saveDeclaration`. */
export interface SaveOptions {
  /** Replace an existing declaration whose content differs (a correction). Default false. */
  force?: boolean;
  /** Name of the raw input, for the commit message. Default `"unknown source"`. */
  source?: string;
  /** sha256 of the raw input bytes (hex), for the commit message. Default: omitted. */
  sha256?: string;
  /** Test hook, see `CommitFileOptions.stepDelayMs`. Default 0. */
  stepDelayMs?: number;
  /** Test hook, see `CommitFileOptions.fault`. Default none. */
  fault?: Fault;
  /** Waiting for another process that holds the store lock. Default: `withLock`'s defaults. */
  lock?: LockOptions;
  /** How long to wait for git's own `index.lock` to go away before failing, in ms. Default 2000. */
  indexLockWaitMs?: number;
  /**
   * Called, under the lock, when the id holds different content and `force` is not set: the
   * message to refuse with, or undefined for the usual one (which suggests `--force`). Default none.
   */
  describeConflict?: (current: string) => Promise<string | undefined>;
  /**
   * Called, under the lock, when `force` is set and the id holds different content: the message
   * to refuse with when that content is another declaration, not one to correct; undefined to
   * correct it. Default none (every forced change is a correction).
   */
  describeReplacement?: (current: string) => Promise<string | undefined>;
}

/** What `saveDeclaration` did. */
export interface SaveResult {
  status: 'created' | 'corrected' | 'unchanged';
  /** `declarations/ID.md`. */
  path: string;
  /** The new commit, absent when unchanged. */
  commit?: string;
}

/**
 * Save canonical Markdown as `declarations/ID.md` and commit it (only that path), under the store
 * lock: identical content is a no-op, different content needs `force` and becomes a correction
 * commit, and a file with uncommitted edits is reported, never overwritten.
 */
export async function saveDeclaration(store: Store, id: string, markdown: string, options: SaveOptions = {}): Promise<SaveResult> {
  const path = declarationPath(id);
  return withStoreLock(store, async () => {
    await assertIndexUnlocked(store, options.indexLockWaitMs);
    const current = await readUnlessLink(join(store.root, path));
    const verb = current === null ? 'import' : 'correct';
    const source = sanitizeTerminal(options.source ?? 'unknown source').replace(/\s+/g, ' ').trim().slice(0, 120) || 'unknown source';
    const message = `${verb} ${id} from ${source}${options.sha256 ? ` (sha256 ${options.sha256})` : ''}`;
    const commitOptions = {
      ...(options.stepDelayMs ? { stepDelayMs: options.stepDelayMs } : {}),
      ...(options.fault ? { fault: options.fault } : {}),
    };
    // The commit is built on the HEAD the store was found at while git reports the file's state
    // (a commit not used is only unreachable objects); the checks below keep their order.
    const writes = current !== LINK && current !== markdown && (current === null || options.force === true);
    const pending = writes && store.head !== undefined ? buildCommit(store, store.head, path, markdown, message, commitOptions) : undefined;
    let committed: string | undefined;
    try {
      const state = await pathState(store.root, path);
      // A commit on a detached HEAD leaves every branch behind and is lost at the next checkout.
      if (!state.onBranch) throw new StoreError(`the store's HEAD is detached in ${store.root}; check out a branch before importing (git switch - goes back to the last one)`);
      if (current === LINK) throw new StoreError(`${symbolicLinkError(path).message} (replace it with a file, or git rm it, first)`);
      const dirty = state.changes;
      if (dirty.length > 0) {
        throw new StoreError(`${path} has uncommitted changes in ${store.root}; commit or discard them first (git status shows: ${printable(dirty[0] ?? '')})`);
      }
      if (current === markdown) return { status: 'unchanged', path };
      if (current !== null && !options.force) {
        const described = options.describeConflict ? await options.describeConflict(current) : undefined;
        throw new UsageError(described ?? `${id} already exists in the store with different content; use --force to record a correction`);
      }
      const replaced = current !== null && options.describeReplacement ? await options.describeReplacement(current) : undefined;
      if (replaced) throw new UsageError(replaced);
      const commit = await commitFile(store, path, markdown, message, { head: state.head, ...(pending ? { pending } : {}), ...commitOptions }).catch(async (error: unknown) => {
        // Nothing changed (or the undo failed and the journal stays for the next command): drop temporary files.
        if (!(error instanceof CommitFailure) || error.undone) await recoverStore(store).catch(() => undefined);
        throw importFailure(store, error);
      });
      committed = commit;
      return { status: current === null ? 'created' : 'corrected', path, commit };
    } finally {
      // No git process of this import outlives the lock, nor does the index of a commit not used.
      const built = await pending?.commit.catch(() => undefined);
      if (built !== undefined && built !== committed) forgetKeptIndex(store.gitDir, built);
    }
  }, options.lock);
}

/** What `readUnlessLink` gives for a symbolic link. */
const LINK = Symbol('symbolic link');

/**
 * The file's text, null when there is none, or `LINK`: a link is not a declaration, and reading
 * through it could compare (or --force replace) a file outside the store.
 */
async function readUnlessLink(file: string): Promise<string | null | typeof LINK> {
  if ((await lstat(file).catch(() => null))?.isSymbolicLink()) return LINK;
  return readFile(file, 'utf8').catch(() => null);
}

/**
 * The one line for a failed commit. `commitFile` leaves the store as it was whenever it fails
 * (before HEAD moves, or by taking the commit back), so the line says nothing was imported,
 * unless the undo itself failed and the next command completes the import.
 */
function importFailure(store: Store, error: unknown): StoreError {
  if (error instanceof CommitFailure) return error.undone ? new StoreError(`${error.message}; nothing was imported`) : error;
  // Thrown before the journal: only objects no ref names were written.
  return new StoreError(`${describeFailure(`write the new commit in ${store.gitDir}`, error)}; nothing was imported`);
}
