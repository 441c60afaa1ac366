import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { namesIn } from './quiet-fs.js';

/**
 * The private index of a commit an import built, kept in the git folder as
 * `clausewise-index-COMMIT` (that of HEAD's commit, once HEAD moved to it): the next commit built
 * on that one starts from a copy of it instead of `read-tree` (a git process, 4–5 ms). A commit's
 * tree never changes, so an index kept under its name stays right whatever happens to the branch;
 * only the one named by the parent is ever used, and losing it costs only the `read-tree`.
 */
const PREFIX = 'clausewise-index-';

/** Is `name` (in the git folder) a kept index? */
export function isKeptIndex(name: string): boolean {
  return name.startsWith(PREFIX) && /^[0-9a-f]{40,64}$/.test(name.slice(PREFIX.length));
}

/** Copy the index kept for `commit` to `target`; false when there is none (or it cannot be copied). */
export function copyKeptIndex(gitDir: string, commit: string, target: string): boolean {
  try {
    copyFileSync(join(gitDir, `${PREFIX}${commit}`), target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Keep `index`, a private index holding `commit`'s tree (built, not yet on a branch). A failure is
 * ignored: the index is a shortcut, and without it the next commit reads its tree.
 */
export function keepIndex(gitDir: string, index: string, commit: string): void {
  try {
    renameSync(index, join(gitDir, `${PREFIX}${commit}`));
  } catch {
    // Not kept: the next commit on this one runs `read-tree`.
  }
}

/**
 * Drop every kept index but `commit`'s, once HEAD moved to it: an index kept for a commit that
 * was built and not used (a refused import) stays only until then, and never replaces the one of HEAD.
 */
export function keepOnly(gitDir: string, commit: string): void {
  const kept = `${PREFIX}${commit}`;
  for (const name of namesIn(gitDir)) if (name !== kept && isKeptIndex(name)) rmSync(join(gitDir, name), { force: true });
}

/** Remove the index kept for `commit`, if any. */
export function forgetKeptIndex(gitDir: string, commit: string): void {
  rmSync(join(gitDir, `${PREFIX}${commit}`), { force: true });
}
