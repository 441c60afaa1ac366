import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClausewiseError, StoreError } from '../errors.js';
import { ID_PATTERN } from '../ingest/declaration-id.js';
import { parseCanonical } from '../tree/markdown-read.js';
import type { Declaration } from '../types.js';
import { git, isLinkAt, readAt, resolveCommit } from './git.js';
import { DECLARATIONS_DIR, declarationPath, type Store } from './locate.js';
import { printable } from '../text/sanitize.js';
import { validateRevision } from './revision.js';

/**
 * Read the canonical text of a declaration: the work-tree file for a bare id, the file as
 * committed at `revision` (validated, then resolved to a commit hash before git reads the file),
 * or for `~N` the file N versions back in its own history.
 */
export async function readDeclarationText(store: Store, id: string, revision?: string): Promise<string> {
  const path = declarationPath(id);
  if (revision === undefined) {
    const file = join(store.root, path);
    const info = await lstat(file).catch(() => null);
    if (!info) throw new StoreError(`no declaration '${id}' in the store ${store.root} (clausewise list shows the ids)`);
    if (info.isSymbolicLink()) throw symbolicLinkError(path);
    if (!info.isFile()) throw new StoreError(`${path} in the store ${store.root} is not a regular file`);
    return readFile(file, 'utf8');
  }
  const back = OWN_REVISION.exec(revision);
  const commit = back ? await ownRevision(store, id, back[1] ? Number(back[1]) : 1) : await resolveCommit(store.root, validateRevision(revision));
  if (!commit) throw new StoreError(`unknown revision '${printable(revision)}' in the store ${store.root}`);
  const text = await readAt(store.root, commit, path);
  if (text === null) throw new StoreError(`no declaration '${id}' at revision ${printable(revision)} (${commit.slice(0, 7)})`);
  // A committed link's blob is its target's name; canonical text opens with front matter, so only then is the mode asked.
  if (!text.startsWith('---') && (await isLinkAt(store.root, commit, path))) throw symbolicLinkError(path);
  return text;
}

/** The line for a declaration file that is a symbolic link: it is not a declaration, and is never followed. */
export function symbolicLinkError(path: string): StoreError {
  return new StoreError(`${path} is a symbolic link; clausewise does not follow links in the store`);
}


/** `~N` (`~` alone: `~1`): the declaration's own N-th version back, counting only the commits that changed its file. */
const OWN_REVISION = /^~(\d{0,6})$/;

/** The commit of the declaration's N-th previous version (0: the last committed one). */
async function ownRevision(store: Store, id: string, back: number): Promise<string> {
  // One git call: a declaration has a few versions, and the message names how many there are.
  const commits = (await git(store.root, ['log', '--format=%H', 'HEAD', '--', declarationPath(id)]).catch(() => ''))
    .split('\n')
    .filter(Boolean);
  if (commits.length === 0) throw new StoreError(`no declaration '${id}' in the store's history (clausewise list shows the ids)`);
  const commit = commits[back];
  if (!commit) throw new StoreError(`'${id}' has ${commits.length} committed version${commits.length === 1 ? '' : 's'}: ${id}@~0 to ${id}@~${commits.length - 1}`);
  return commit;
}

/** Read and parse a declaration from the store (`revision` as in `readDeclarationText`). */
export async function readDeclaration(store: Store, id: string, revision?: string): Promise<Declaration> {
  const text = await readDeclarationText(store, id, revision);
  return await parseStored(text, revision === undefined ? id : `${id}@${printable(revision)}`);
}

/** One entry of `listDeclarations`: the parsed declaration, or why it could not be read. */
export interface ListedDeclaration {
  id: string;
  declaration?: Declaration;
  error?: string;
}

/** Every `declarations/ID.md` of the work tree, sorted by id, parsed. */
export async function listDeclarations(store: Store): Promise<ListedDeclaration[]> {
  const names = await readdir(join(store.root, DECLARATIONS_DIR)).catch(() => [] as string[]);
  const ids = names
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .filter((id) => ID_PATTERN.test(id) && !id.includes('..'))
    .sort();
  const entries: ListedDeclaration[] = [];
  for (const id of ids) {
    try {
      entries.push({ id, declaration: await parseStored(await readDeclarationText(store, id), id) });
    } catch (error) {
      if (!(error instanceof ClausewiseError)) throw error;
      entries.push({ id, error: error.message });
    }
  }
  return entries;
}

/** Parse a stored file, naming it in the error when it is not canonical. */
export async function parseStored(text: string, label: string): Promise<Declaration> {
  try {
    return await parseCanonical(text);
  } catch (error) {
    if (error instanceof ClausewiseError) throw new StoreError(`${label}: ${error.message}`);
    throw error;
  }
}
