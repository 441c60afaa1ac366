import type { CliIO } from '../cli/io.js';
import type { Declaration } from '../types.js';
import { resolveStore } from './locate.js';
import { readDeclaration } from './read.js';
import { parseStoreReference } from './revision.js';

/**
 * Load `ID` (the work-tree file) or `ID@REV` (the file as committed at a revision) from the store
 * found by `--store DIR` (`storeDir`), `CLAUSEWISE_STORE` or the enclosing work tree.
 */
export async function loadFromStore(ref: string, io: CliIO, storeDir?: string): Promise<Declaration> {
  const { id, revision } = parseStoreReference(ref);
  const store = await resolveStore({ dir: storeDir, env: io.env, cwd: io.cwd });
  return readDeclaration(store, id, revision);
}
