import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { FILE_NAME_ENDING } from '../ingest/declaration-id.js';
import { importFile } from '../ingest/index.js';
import type { TimelineInput } from '../timeline/chain.js';
import type { Declaration } from '../types.js';
import type { CliIO } from './io.js';
import { printable } from '../text/sanitize.js';

/** A declaration loaded from a reference, with the label to show for it. */
export interface LoadedDeclaration {
  declaration: Declaration;
  /** What the user typed, for headers and messages. */
  label: string;
}

/**
 * Load a declaration from a reference: a file path (any form the importer reads),
 * or a store reference `ID` / `ID@REV`. Files win when both could match.
 */
export async function loadDeclaration(ref: string, io: CliIO, storeDir?: string): Promise<LoadedDeclaration> {
  if (!ref) throw new UsageError('empty declaration reference');
  const path = fileOf(ref, io);
  if (path !== undefined) return { declaration: await importFile(path, { source: ref }), label: ref };
  const { loadFromStore } = await import('../store/reference.js');
  return { declaration: await loadFromStore(ref, io, storeDir), label: ref };
}

/**
 * The file a reference names, as an absolute path, or undefined for a store reference. Files win
 * when both could match; `ID@REV` goes to the store even when REV has a `/` (`origin/main`),
 * unless such a file exists.
 */
function fileOf(ref: string, io: CliIO): string | undefined {
  const path = resolve(io.cwd, ref);
  const storeLike = /^[a-z0-9][a-z0-9._-]*@/.test(ref);
  return existsSync(path) || (!storeLike && (/[\\/]/.test(ref) || FILE_NAME_ENDING.test(ref))) ? path : undefined;
}

/**
 * Load declarations for the multi-year views: each reference as `diff` takes it (file path, ID or
 * ID@REV), or, with none, every declaration of the store (unreadable ones skipped with a warning).
 */
export async function loadMany(refs: readonly string[], io: CliIO, storeDir: string | undefined): Promise<TimelineInput[]> {
  if (refs.length > 0) {
    // A declaration given twice would be counted twice (its clauses first appear in it twice).
    const seen = new Set<string>();
    for (const ref of refs) {
      const key = fileOf(ref, io) ?? `@store ${ref}`;
      if (seen.has(key)) throw new UsageError(`${printable(ref, 80)} is given twice; give each declaration once`);
      seen.add(key);
    }
    const loaded = await Promise.all(refs.map((ref) => loadDeclaration(ref, io, storeDir)));
    return loaded.map(({ declaration, label }) => ({ id: label, declaration }));
  }
  const [{ resolveStore }, { listDeclarations }, { sanitizeTerminal }] = await Promise.all([
    import('../store/locate.js'),
    import('../store/read.js'),
    import('../text/sanitize.js'),
  ]);
  const store = await resolveStore({ dir: storeDir, env: io.env, cwd: io.cwd });
  const entries: TimelineInput[] = [];
  for (const { id, declaration, error } of await listDeclarations(store)) {
    if (declaration) entries.push({ id, declaration });
    else io.stderr(`clausewise: skipped ${id}: ${sanitizeTerminal(error ?? 'unreadable').replace(/\s+/g, ' ')}\n`);
  }
  return entries;
}
