import { existsSync, lstatSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StoreError } from '../errors.js';
import { validateId } from '../ingest/declaration-id.js';
import { workTree } from './git.js';
import { holdsStagedFiles } from './staged-names.js';

/** Folder of a store that holds the declarations, relative to its root. */
export const DECLARATIONS_DIR = 'declarations';

/** Path of a declaration file relative to the store root; the id is validated. */
export function declarationPath(id: string): string {
  return `${DECLARATIONS_DIR}/${validateId(id)}.md`;
}

/** An opened store: a git work tree with a `declarations/` folder. */
export interface Store {
  /** Absolute path of the work tree root. */
  root: string;
  /** Absolute path of its git folder (`.git`, or elsewhere for linked work trees). */
  gitDir: string;
  /**
   * HEAD's commit when the store was found (null: none yet), if known: a writer may start building
   * its commit on it before taking the lock, and checks it under the lock. Default unknown.
   */
  head?: string | null;
}

/** Where to look for a store, in order of precedence. */
export interface StoreSearch {
  /** `--store DIR`, relative to `cwd`. Default: none. */
  dir?: string | undefined;
  /** Environment; `CLAUSEWISE_STORE` is read from it. */
  env: Record<string, string | undefined>;
  /** Working directory: relative paths and discovery start here. */
  cwd: string;
}

/**
 * Find the store: `--store DIR`, else `CLAUSEWISE_STORE`, else the git work tree enclosing `cwd`
 * if it has `declarations/`; otherwise a `StoreError` that says how to get one. An interrupted
 * import is finished first (`finishInterrupted`).
 */
export async function resolveStore(search: StoreSearch): Promise<Store> {
  return finishInterrupted(await locateStore(search));
}

/** Name of the journal of an unfinished commit, in the git folder (see transaction.ts). */
export const JOURNAL = 'clausewise-journal.json';

/** Folder for temporary files, in the git folder (invisible to `git status`). */
export const TEMP_DIR = 'clausewise-tmp';

/**
 * Finish or drop an import that was killed half-way (its journal is still there, or the files it
 * staged beside the declaration, which `git status` would show and `git add -A` commit), under
 * the store's lock, so that every command, reading ones too, sees the store as the last import
 * left it. A clean store costs one `stat` and the listing of `declarations/`.
 */
async function finishInterrupted(store: Store): Promise<Store> {
  if (!existsSync(join(store.gitDir, JOURNAL)) && !holdsStagedFiles(join(store.root, DECLARATIONS_DIR))) return store;
  const { withStoreLock } = await import('./transaction.js');
  await withStoreLock(store, async () => undefined);
  return store;
}

async function locateStore(search: StoreSearch): Promise<Store> {
  if (search.dir) return openStore(resolve(search.cwd, search.dir), '--store');
  const fromEnv = search.env['CLAUSEWISE_STORE'];
  if (fromEnv) return openStore(resolve(search.cwd, fromEnv), 'CLAUSEWISE_STORE');
  const found = existsSync(search.cwd) ? await workTree(search.cwd) : null;
  if (found && isFolder(join(found.root, DECLARATIONS_DIR))) return checked(found);
  throw new StoreError(
    'no declaration store: pass --store DIR, set CLAUSEWISE_STORE, or run inside a git work tree with a declarations/ folder ' +
      '(clausewise init DIR creates one)',
  );
}

/** Open the store at (or enclosing) `dir`; `origin` names where the folder came from, for messages. */
export async function openStore(dir: string, origin = 'store'): Promise<Store> {
  if (!isFolder(dir)) throw new StoreError(`${origin} ${dir}: no such folder`);
  const found = await workTree(dir);
  if (!found) throw new StoreError(`${origin} ${dir} is not a git work tree (clausewise init ${dir} creates a store)`);
  if (!isFolder(join(found.root, DECLARATIONS_DIR))) {
    throw new StoreError(`${origin} ${found.root} has no declarations/ folder (clausewise init ${found.root} creates one)`);
  }
  return checked(found);
}

/** Refuse a `declarations/` that is a symbolic link: writes through it would land outside the store. */
function checked(store: Store): Store {
  if (lstatSync(join(store.root, DECLARATIONS_DIR)).isSymbolicLink()) {
    throw new StoreError(`${store.root}/declarations is a symbolic link; a store needs a real folder`);
  }
  return store;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
