import { existsSync } from 'node:fs';
import { mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StoreError } from '../errors.js';
import { configValue, git, gitFolderAround, workTree } from './git.js';
import { ioFailureLine } from './io-errors.js';
import { DECLARATIONS_DIR, type Store } from './locate.js';
import { commitFile, withStoreLock } from './transaction.js';

/** The file that marks and explains an empty store's `declarations/` folder. */
const README = `# Declarations

This folder is a clausewise store: one canonical Markdown file per declaration, \`ID.md\`,
written by \`clausewise import\`. Every import and every correction is a git commit, so
\`clausewise log ID\` shows the history and \`clausewise diff ID@HEAD~1 ID\` compares versions.
`;

/** Identity used only when git has none configured, so that commits work on a fresh machine. */
const FALLBACK_IDENTITY = { name: 'clausewise', email: 'clausewise@localhost' } as const;

/** What `initStore` did. */
export interface InitResult {
  store: Store;
  /** False when `dir` already was a store (nothing changed). */
  created: boolean;
}

/**
 * Make `dir` a new empty store: create the folder, `git init` unless it is already a repository
 * root, add `declarations/README.md` and commit it. A local identity is set only when git has none.
 */
export async function initStore(dir: string): Promise<InitResult> {
  const target = resolve(dir);
  await refuseGitFolder(target);
  const enclosing = await workTree(existingAncestor(target));
  if (enclosing && enclosing.root !== (existsSync(target) ? await realpath(target) : target)) {
    throw new StoreError(`${target} is inside the git work tree ${enclosing.root}; run clausewise init ${enclosing.root} to make that a store`);
  }
  await mkdir(target, { recursive: true }).catch((error: Error) => {
    throw new StoreError(ioFailureLine('create', target, error) ?? `cannot create ${target}: ${error.message}`);
  });
  const real = await realpath(target);
  let found = await workTree(real);
  if (found && existsSync(join(found.root, DECLARATIONS_DIR))) return { store: found, created: false };
  if (!found) {
    await git(real, ['init', '--quiet']);
    found = await workTree(real);
    if (!found) throw new StoreError(`git init did not create a repository in ${real}`);
  }
  if (found.root !== real) throw new StoreError(`git init in ${real} made a repository at ${found.root}`);
  const store = found;
  for (const key of ['name', 'email'] as const) {
    if (!(await configValue(store.root, `user.${key}`))) await git(store.root, ['config', '--local', `user.${key}`, FALLBACK_IDENTITY[key]]);
  }
  await withStoreLock(store, async () => {
    await commitFile(store, `${DECLARATIONS_DIR}/README.md`, README, 'init clausewise store');
  });
  return { store, created: true };
}

/** A store needs a work tree: refuse a bare repository and a repository's own git folder, or anything inside them. */
async function refuseGitFolder(target: string): Promise<void> {
  const around = await gitFolderAround(existingAncestor(target));
  if (!around) return;
  const real = existsSync(target) ? await realpath(target) : target;
  if (around.bare) {
    throw new StoreError(
      real === around.gitDir
        ? `${target} is a bare git repository; a store needs a work tree (clone it, or give a folder outside it)`
        : `${target} is inside the bare git repository ${around.gitDir}; a store needs a work tree (clone it, or give a folder outside it)`,
    );
  }
  // A `.git` folder sits in its work tree; a linked or separate git folder does not say where that is.
  const advice = basename(around.gitDir) === '.git' ? `run clausewise init ${dirname(around.gitDir)} to make that work tree a store` : 'a store needs a work tree';
  throw new StoreError(`${target} is inside the git folder ${around.gitDir}; ${advice}`);
}

function existingAncestor(path: string): string {
  let current = path;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}
