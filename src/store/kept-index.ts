import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { namesIn, removeQuietly } from './quiet-fs.js';

/**
 * The private index of the commit HEAD last moved to by an import, kept in the git folder as
 * `clausewise-index-COMMIT-DIGEST`: the next commit built on that one starts from a copy of it
 * instead of `read-tree` (a git process, 4–5 ms). A commit's tree never changes, so an index kept
 * under its name stays right whatever happens to the branch; only the one named by the parent is
 * ever used, and only if it is a regular file whose bytes still give the digest in its name (an
 * index written over by git or copied in its place is not trusted). Everything here is a
 * shortcut: a failure costs only the `read-tree`, never the import.
 */
const PREFIX = 'clausewise-index-';

/** Hex digits of the SHA-256 of the index's bytes kept in its name. */
const DIGEST_LENGTH = 16;

/** Is `name` (in the git folder) a kept index's? */
export function isKeptIndex(name: string): boolean {
  return name.startsWith(PREFIX) && /^[0-9a-f]{40,64}-[0-9a-f]{16}$/.test(name.slice(PREFIX.length));
}

/** The names of the indexes kept for `commit`. */
function keptFor(gitDir: string, commit: string): string[] {
  return namesIn(gitDir).filter((name) => name.startsWith(`${PREFIX}${commit}-`) && isKeptIndex(name));
}

function digest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, DIGEST_LENGTH);
}

/**
 * Copy the index kept for `commit` to `target`; false when there is none that can be trusted (one
 * that is not a regular file, or whose bytes changed, is dropped).
 */
export function copyKeptIndex(gitDir: string, commit: string, target: string): boolean {
  for (const name of keptFor(gitDir, commit)) {
    const path = join(gitDir, name);
    try {
      // Not through a link, nor from a pipe or a device (reading one could wait for ever).
      if (!lstatSync(path).isFile()) {
        removeQuietly(path);
        continue;
      }
      const bytes = readFileSync(path);
      if (name.endsWith(`-${digest(bytes)}`)) {
        writeFileSync(target, bytes);
        return true;
      }
    } catch {
      continue;
    }
    removeQuietly(path);
  }
  return false;
}

/**
 * Keep `index`, the private index of `commit`'s tree (built, not yet on a branch); `keepOnly` or
 * `forgetKeptIndex` decide, once the import ends, whether it stays.
 */
export function keepIndex(gitDir: string, index: string, commit: string): void {
  try {
    renameSync(index, join(gitDir, `${PREFIX}${commit}-${digest(readFileSync(index))}`));
  } catch {
    // Not kept: the next commit on this one runs `read-tree`.
  }
}

/** Drop every kept index but `commit`'s, once HEAD moved to it and the import ended well. */
export function keepOnly(gitDir: string, commit: string): void {
  for (const name of namesIn(gitDir)) if (isKeptIndex(name) && !name.startsWith(`${PREFIX}${commit}-`)) removeQuietly(join(gitDir, name));
}

/** Drop the indexes kept for `commit`: a commit an import built and did not leave HEAD on. */
export function forgetKeptIndex(gitDir: string, commit: string): void {
  for (const name of keptFor(gitDir, commit)) removeQuietly(join(gitDir, name));
}
