import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StoreError } from '../errors.js';
import { git, isObjectId } from './git.js';
import { failIfInjected, type Fault } from './fault.js';
import { copyKeptIndex, forgetKeptIndex, keepIndex } from './kept-index.js';
import { TEMP_DIR, type Store } from './locate.js';
import { removeIfEmpty } from './quiet-fs.js';

/**
 * A commit of one file on top of a parent, built aside: a private index and work tree in the git
 * folder give the blob and the tree, then `commit-tree` the commit object. Nothing visible
 * changes and no ref names the commit, so a commit built and then not used is only unreachable
 * objects; the transaction (transaction.ts) moves HEAD to it.
 */

/** A commit being built (`buildCommit`). */
export interface PendingCommit {
  /** The parent it is built on; null for a first commit. */
  from: string | null;
  /** The new commit's hash; settles after its private files are removed. */
  commit: Promise<string>;
}

/** Options of `buildCommit`. */
export interface BuildOptions {
  /** Test hook: a wait of this many ms before `commit-tree`, as `CommitFileOptions.stepDelayMs`. Default 0. */
  stepDelayMs?: number;
  /** Test hook: injected I/O failures (see fault.ts). Default none. */
  fault?: Fault;
}

/**
 * Start building the commit of `from` (null: none) with `path` holding `content`. The returned
 * promise is handled: a failure surfaces where `commit` is awaited, or nowhere if it never is.
 */
export function buildCommit(store: Store, from: string | null, path: string, content: string, message: string, options: BuildOptions = {}): PendingCommit {
  const temp = join(store.gitDir, TEMP_DIR);
  const aside = join(temp, `${process.pid}-${randomBytes(4).toString('hex')}`);
  const commit = newCommit(store, from, path, content, message, aside, options).finally(() => {
    rmSync(aside, { recursive: true, force: true });
    // A commit not used leaves no folder behind.
    removeIfEmpty(temp);
  });
  commit.catch(() => undefined);
  return { from, commit };
}

async function newCommit(store: Store, from: string | null, path: string, content: string, message: string, aside: string, options: BuildOptions): Promise<string> {
  const tree = await treeWithFile(store, from, path, content, aside, options.fault);
  if (options.stepDelayMs) await new Promise((resolve) => setTimeout(resolve, options.stepDelayMs));
  const output = await git(store.root, ['commit-tree', tree, ...(from ? ['-p', from] : []), '-m', message]);
  const to = output.trim();
  if (!isObjectId(to)) throw new StoreError(`git: could not create a commit (${to.split('\n')[0] ?? ''})`);
  keepIndex(store.gitDir, join(aside, 'index'), to);
  return to;
}

/**
 * The tree of `from` (empty when null) with `path` holding `content`, built in a private index
 * and work tree under `aside`: `update-index --add` of the file there writes its blob and stages
 * it as `git add` would, in one process (a temporary file, `hash-object` and `update-index
 * --cacheinfo` took two); an index that does not exist yet is empty, so a first commit needs no
 * `read-tree`, nor does a commit on the last one built here (`copyKeptIndex`).
 */
async function treeWithFile(store: Store, from: string | null, path: string, content: string, aside: string, fault?: Fault): Promise<string> {
  const work = join(aside, 'work');
  failIfInjected(fault, 'blob', join(work, path));
  mkdirSync(dirname(join(work, path)), { recursive: true });
  writeFileSync(join(work, path), content);
  const index = join(aside, 'index');
  const env = { GIT_INDEX_FILE: index, GIT_WORK_TREE: work };
  const readTree = (): Promise<string> => git(store.root, ['read-tree', `${from}^{tree}`], { env });
  const add = (): Promise<string> => git(store.root, ['update-index', '--add', '--', path], { env });
  if (from && copyKeptIndex(store.gitDir, from, index)) {
    // A kept index git cannot read (it checks each index's checksum) is dropped, and the tree read.
    await add().catch(async () => {
      forgetKeptIndex(store.gitDir, from);
      rmSync(index, { force: true });
      await readTree();
      await add();
    });
  } else {
    if (from) await readTree();
    await add();
  }
  return (await git(store.root, ['write-tree'], { env })).trim();
}
