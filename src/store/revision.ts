import { UsageError } from '../errors.js';
import { validateId } from '../ingest/declaration-id.js';
import { printable } from '../text/sanitize.js';

/** Characters a revision may use: names, `~`, `^`, `@{…}`, `/` for branches, and `.`, `_`, `+`, `-` inside names. */
const REVISION_PATTERN = /^[A-Za-z0-9_./~^@{}+-]+$/;

/** Longest revision accepted. */
const MAX_REVISION_LENGTH = 200;

/** A store reference split into its id and optional revision. */
export interface StoreReference {
  /** Declaration id, validated. */
  id: string;
  /** Git revision (`HEAD~1`, a tag, a hash), validated; absent for the working copy. */
  revision?: string;
}

/**
 * Check that a revision can only ever be read as a revision: no leading `-` (never an option),
 * no `..` (no ranges, no path tricks), no `:` (no `REV:path`), no whitespace or control characters.
 */
export function validateRevision(revision: string): string {
  const ok =
    revision.length > 0 &&
    revision.length <= MAX_REVISION_LENGTH &&
    REVISION_PATTERN.test(revision) &&
    !revision.startsWith('-') &&
    !revision.includes('..') &&
    !revision.includes('//');
  if (!ok) throw new UsageError(`invalid revision '${printable(revision)}': use a commit hash, a tag, a branch, HEAD~N, or ~N for the declaration's own N-th previous version`);
  return revision;
}

/** Split `ID` or `ID@REV` (the first `@` separates them) and validate both parts. */
export function parseStoreReference(reference: string): StoreReference {
  const at = reference.indexOf('@');
  if (at < 0) return { id: validateId(reference) };
  return { id: validateId(reference.slice(0, at)), revision: validateRevision(reference.slice(at + 1)) };
}
