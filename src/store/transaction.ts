import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { git, headCommit, indexLockedError, isObjectId, readAt } from './git.js';
import { failIfInjected, type Fault } from './fault.js';
import { namesIn, readTextOrNull } from './quiet-fs.js';
import { DECLARATIONS_DIR, JOURNAL, TEMP_DIR, type Store } from './locate.js';
import { buildCommit, type PendingCommit } from './new-commit.js';
import { forgetKeptIndex, keepOnly } from './kept-index.js';
import { isLockLeftover, withLock, type LockOptions } from './lock.js';
import { CommitFailure, describeFailure, rollBack } from './rollback.js';
import { removeStagedLeftovers, stageFile, type StagedFile } from './staged-file.js';

/**
 * Crash-safe commits of one file. The commit is built aside (a private index and work tree in
 * the git folder give the blob and the tree; then a commit object) while the new file is staged
 * beside the old one (staged-file.ts), the store's work tree and its index untouched; then a
 * journal is written, HEAD moves in one atomic `update-ref`, and only then are the file and the
 * index updated. A process killed at any point leaves HEAD at the old or the new commit and the
 * file with its old or new bytes; `recoverStore` (run under the store lock before every write)
 * finishes the work-tree half from the journal, so the store ends as before or as after. A commit
 * that fails (rather than being killed) is taken back instead (rollback.ts), so that a reported
 * failure leaves the store as before. File operations are synchronous calls (see atomic-write.ts).
 */

/** Name of the journal of an unfinished commit, and the folder for temporary files, in the git folder. */
export { JOURNAL, TEMP_DIR };

/** Name of the lock file that serialises clausewise writes to one store, in the git folder. */
export const LOCK_FILE = 'clausewise.lock';

/** What the journal records. */
interface Journal {
  /** File path relative to the store root. */
  path: string;
  /** HEAD before the commit, or null in a repository without commits. */
  from: string | null;
  /** The new commit. */
  to: string;
}

/** Options of `commitFile`. */
export interface CommitFileOptions {
  /**
   * Test hook: pause this many ms between steps so that crash tests can kill the process inside
   * the transaction (`CLAUSEWISE_TEST_DELAY_MS`). Default 0.
   */
  stepDelayMs?: number;
  /** Test hook: fail at the steps it names with I/O errors (`CLAUSEWISE_TEST_FAIL`, see fault.ts). Default none. */
  fault?: Fault;
  /**
   * HEAD's commit (null before the first commit) as the caller read it under the store lock, to
   * spare a git process. Default: read here.
   */
  head?: string | null;
  /**
   * The commit, already being built (`buildCommit`) on the parent HEAD was expected to have; used
   * when that is HEAD's commit, else left (its objects unreachable) and the commit built again.
   */
  pending?: PendingCommit;
}

/**
 * Run `action` holding the store's write lock, after recovering from any interrupted commit:
 * every write to a store goes through here.
 */
export async function withStoreLock<T>(store: Store, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  return withLock(join(store.gitDir, LOCK_FILE), async () => {
    await recoverStore(store);
    return action();
  }, options);
}

/**
 * Commit `content` as `path` (relative to the store root, already validated) on top of HEAD,
 * leaving every other path of the index and the work tree alone; return the new commit hash.
 * The caller holds the store lock.
 */
export async function commitFile(store: Store, path: string, content: string, message: string, options: CommitFileOptions = {}): Promise<string> {
  const pause = (): Promise<void> => delay(options.stepDelayMs ?? 0);
  const from = options.head !== undefined ? options.head : await headCommit(store.root);
  // Git builds the commit aside while the new bytes are written beside the file: the two touch
  // different files, and most failures happen in one of them, with nothing visible changed.
  const pending = await pendingOn(options.pending, from);
  const [built, staging] = await Promise.allSettled([
    (pending ?? buildCommit(store, from, path, content, message, options)).commit,
    stageFile(join(store.root, path), content, options.fault),
  ]);
  // When both fail, the commit's failure is the one reported (it came first before they ran together).
  if (built.status === 'rejected') {
    if (staging.status === 'fulfilled') await staging.value.discard();
    throw built.reason;
  }
  if (staging.status === 'rejected') throw new CommitFailure(describeFailure(`write ${path}`, staging.reason), true);
  const [to, staged] = [built.value, staging.value];
  try {
    await moveHeadThenFiles(store, { path, from, to, message }, staged, options.fault, pause);
  } catch (error) {
    // HEAD is not on `to` (never moved, or taken back): the index kept for it has no use.
    forgetKeptIndex(store.gitDir, to);
    throw error;
  }
  keepOnly(store.gitDir, to);
  return to;
}

/** The journal, HEAD moved to `to`, then the staged file into place and the index (`finishStaged`). */
async function moveHeadThenFiles(store: Store, commit: Journal & { message: string }, staged: StagedFile, fault: Fault | undefined, pause: () => Promise<void>): Promise<void> {
  const { path, from, to, message } = commit;
  const temp = join(store.gitDir, TEMP_DIR);
  await pause();

  const journal = join(store.gitDir, JOURNAL);
  try {
    await writeFileAtomic(journal, `${JSON.stringify({ path, from, to } satisfies Journal)}\n`, { tempDir: temp });
  } catch (error) {
    await staged.discard();
    throw error;
  }
  await pause();
  try {
    failIfInjected(fault, 'head', join(store.gitDir, 'HEAD'));
    await git(store.root, ['update-ref', '-m', `clausewise: ${message.split('\n')[0] ?? ''}`, 'HEAD', to, from ?? '']);
  } catch (error) {
    await staged.discard();
    rmSync(journal, { force: true });
    throw new CommitFailure(describeFailure('move HEAD to the new commit', error), true);
  }
  await pause();
  await finishStaged(store, path, staged, from, to, fault);
}

/**
 * `pending` if it is built on `from`; else, once it has settled (its git processes done, its
 * private files removed), undefined.
 */
async function pendingOn(pending: PendingCommit | undefined, from: string | null): Promise<PendingCommit | undefined> {
  if (pending === undefined || pending.from === from) return pending;
  await pending.commit.catch(() => undefined);
  return undefined;
}

/**
 * The work-tree half after HEAD moved: the staged file into place, then the index. If either
 * fails, the commit is taken back (`rollBack`) and the failure reported; only if that fails too
 * is the journal kept, so that the next command finishes the import instead.
 */
async function finishStaged(store: Store, path: string, staged: StagedFile, from: string | null, to: string, fault?: Fault): Promise<void> {
  let failure: string | undefined;
  let what = `write ${path}`;
  try {
    await staged.place();
    what = `update the git index ${join(store.gitDir, 'index')}`;
    failIfInjected(fault, 'index', join(store.gitDir, 'index'));
    await git(store.root, ['update-index', '--add', '--', path]);
  } catch (error) {
    failure = describeFailure(what, error);
  }
  if (failure === undefined) {
    // Done: the journal and the temporary files go (a kill here leaves only what recovery removes).
    await staged.discard();
    rmSync(join(store.gitDir, JOURNAL), { force: true });
    rmSync(join(store.gitDir, TEMP_DIR), { recursive: true, force: true });
    return;
  }
  try {
    await rollBack(store, staged, from, to, fault);
  } catch (undoError) {
    const why = describeFailure('undo it', undoError).replace(/^cannot undo it: /, '');
    throw new CommitFailure(`${failure}; undoing the commit failed too (${why}), so the next clausewise command completes the import`, false);
  }
  rmSync(join(store.gitDir, JOURNAL), { force: true });
  throw new CommitFailure(failure, true);
}

/**
 * Finish or forget an interrupted `commitFile` and remove temporary files. If HEAD reached the
 * new commit, bring the file and the index up to it; if HEAD never moved, nothing visible was
 * changed and the journal is dropped. Returns what was done, for messages. The caller holds the lock.
 */
export async function recoverStore(store: Store): Promise<'none' | 'completed' | 'abandoned'> {
  const journalPath = join(store.gitDir, JOURNAL);
  let outcome: 'none' | 'completed' | 'abandoned' = 'none';
  const raw = readTextOrNull(journalPath);
  const journal = raw === null ? null : parseJournal(raw);
  if (raw !== null && journal === null) {
    outcome = 'abandoned';
  } else if (journal) {
    const head = await headCommit(store.root);
    if (head === journal.to) {
      const wanted = await readAt(store.root, journal.to, journal.path);
      if (wanted === null) throw new StoreError(`cannot recover: ${journal.path} is missing from commit ${journal.to.slice(0, 12)}`);
      const current = readTextOrNull(join(store.root, journal.path));
      const old = journal.from ? await readAt(store.root, journal.from, journal.path) : null;
      if (current !== wanted && current !== old) {
        throw new StoreError(
          `an interrupted import of ${journal.path} could not be finished because the file was edited since; ` +
            `check it, then delete ${journalPath}`,
        );
      }
      await finishWorkTree(store, journal.path, wanted);
      outcome = 'completed';
    } else {
      outcome = 'abandoned'; // HEAD never moved: the work tree was not touched
    }
  }
  if (raw !== null) rmSync(journalPath, { force: true });
  cleanTemporaryFiles(store);
  removeStagedLeftovers(join(store.root, DECLARATIONS_DIR));
  return outcome;
}

/** Fail clearly when git's own index lock is taken; wait a little first, as git commands are short. */
export async function assertIndexUnlocked(store: Store, waitMs = 2000): Promise<void> {
  const lock = join(store.gitDir, 'index.lock');
  const deadline = Date.now() + waitMs;
  while (existsSync(lock)) {
    if (Date.now() >= deadline) throw indexLockedError();
    await delay(50);
  }
}

async function finishWorkTree(store: Store, path: string, content: string): Promise<void> {
  const target = join(store.root, path);
  if (readTextOrNull(target) !== content) await writeFileAtomic(target, content, { tempDir: join(store.gitDir, TEMP_DIR) });
  await git(store.root, ['update-index', '--add', '--', path]);
}

function cleanTemporaryFiles(store: Store): void {
  rmSync(join(store.gitDir, TEMP_DIR), { recursive: true, force: true });
  for (const name of namesIn(store.gitDir)) {
    if (isLockLeftover(name, LOCK_FILE)) rmSync(join(store.gitDir, name), { force: true });
  }
}

function parseJournal(raw: string): Journal | null {
  try {
    const value = JSON.parse(raw) as Partial<Journal>;
    if (typeof value.path !== 'string' || !/^declarations\/[A-Za-z0-9._-]+$/.test(value.path) || value.path.includes('..')) return null;
    if (typeof value.to !== 'string' || !isObjectId(value.to)) return null;
    if (value.from !== null && (typeof value.from !== 'string' || !isObjectId(value.from))) return null;
    return { path: value.path, from: value.from, to: value.to };
  } catch {
    return null;
  }
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
