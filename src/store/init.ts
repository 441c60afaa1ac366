import { existsSync, statSync } from 'node:fs';
import { mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { StoreError } from '../errors.js';
import { git, gitFolderAround, workTree } from './git.js';
import { ioFailureLine } from './io-errors.js';
import { DECLARATIONS_DIR, type Store } from './locate.js';
import { commitFile, withStoreLock } from './transaction.js';

/** The file that marks and explains an empty store's `declarations/` folder. */
const README = `# Declarations

This folder is a clausewise store: one canonical Markdown file per declaration, \`ID.md\`,
written by \`clausewise import\`. Every import and every correction is a git commit, so
\`clausewise log ID\` shows the history and \`clausewise diff ID@~1 ID\` shows what the last
correction of ID changed (\`ID@HEAD~1\` is the store's previous commit, where ID may be unchanged).
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
  const file = fileInTheWay(target);
  if (file) throw new StoreError(`cannot create ${target}: ${file} is a file, not a folder`);
  await refuseGitFolder(target);
  const existed = existsSync(target);
  const enclosing = await workTree(existingAncestor(target));
  if (enclosing && enclosing.root !== (existed ? await realpath(target) : target)) {
    throw new StoreError(`${target} is inside the git work tree ${enclosing.root}; run clausewise init ${enclosing.root} to make that a store`);
  }
  await makeFolder(target);
  const real = await realpath(target);
  // What encloses a folder that did not exist is what enclosed its nearest ancestor: no repository
  // (one rooted elsewhere was refused above), so the lookup is not asked again.
  let found: Store | null = existed ? enclosing : null;
  if (found && existsSync(join(found.root, DECLARATIONS_DIR))) return { store: found, created: false };
  const fresh = !found;
  if (!found) found = await gitInit(real);
  if (found.root !== real) throw new StoreError(`git init in ${real} made a repository at ${found.root}`);
  // Without HEAD's commit: the one it names is about to change.
  const store = { root: found.root, gitDir: found.gitDir };
  const identity = await identityKeys(store.root);
  for (const key of ['name', 'email'] as const) {
    if (!identity.has(key)) await git(store.root, ['config', '--local', `user.${key}`, FALLBACK_IDENTITY[key]]);
  }
  await withStoreLock(store, async () => {
    // A repository git has just made has no commits yet.
    await commitFile(store, `${DECLARATIONS_DIR}/README.md`, README, 'init clausewise store', fresh ? { head: null } : {});
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

/**
 * `git init` in `dir`, and the work tree it made. Git names the git folder it created ("Initialized
 * empty Git repository in DIR/.git/", in English: git runs with LC_ALL=C); anything else is asked
 * of `git rev-parse`.
 */
async function gitInit(dir: string): Promise<Store> {
  const said = await git(dir, ['init']);
  const gitDir = join(dir, '.git');
  if (said === `Initialized empty Git repository in ${gitDir}/\n` && existsSync(gitDir)) return { root: dir, gitDir };
  const found = await workTree(dir);
  if (!found) throw new StoreError(`git init did not create a repository in ${dir}`);
  return found;
}

/**
 * Which of `user.name` and `user.email` git has a non-empty value for in `dir` (all scopes; the
 * last one set wins, as for `git config --get`), in one lookup.
 */
async function identityKeys(dir: string): Promise<Set<'name' | 'email'>> {
  const output = await git(dir, ['config', '--get-regexp', '^user\\.(name|email)$']);
  const values = new Map<string, string>();
  for (const line of output.split('\n')) {
    const entry = /^user\.(name|email)(?: (.*))?$/.exec(line);
    if (entry) values.set(entry[1]!, (entry[2] ?? '').trim());
  }
  return new Set((['name', 'email'] as const).filter((key) => values.get(key)));
}

/** The file that stands where `target` or one of its folders would be, if any. */
function fileInTheWay(target: string): string | undefined {
  const existing = existingAncestor(target);
  return statSync(existing, { throwIfNoEntry: false })?.isDirectory() === false ? existing : undefined;
}

/**
 * Create `target` and the folders above it that are missing, one at a time. Node's recursive
 * `mkdir` retries for ever where the kernel answers ENOENT under a folder that exists (/proc).
 */
async function makeFolder(target: string): Promise<void> {
  const missing: string[] = [];
  for (let folder = target; !existsSync(folder) && dirname(folder) !== folder; folder = dirname(folder)) missing.unshift(folder);
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      // ENOENT under a folder that exists: a file system that takes no new folders (/proc, /sys).
      const refused = error.code === 'ENOENT' ? `${dirname(folder)} takes no new folders (ENOENT)` : undefined;
      throw new StoreError(ioFailureLine('create', target, error) ?? `cannot create ${target}: ${refused ?? error.message}`);
    });
  }
}

function existingAncestor(path: string): string {
  let current = path;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}
