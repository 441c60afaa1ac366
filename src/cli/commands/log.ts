import type { Command } from 'commander';
import type { DeclarationMeta } from '../../types.js';
import { type CliIO, printJson } from '../io.js';

/** `clausewise log <id> [--json]`: the revisions of a declaration with a one-line change summary each. */
export function register(program: Command, io: CliIO): void {
  program
    .command('log')
    .description('show the revisions of a declaration with what changed in each (clauses added, removed, reworded)')
    .argument('<id>', 'declaration id')
    .option('--json', 'print JSON: { schema: "clausewise/log@1", id, revisions }')
    .action(async (id: string, options: { json?: boolean }, command: Command) => {
      const [{ validateId }, { resolveStore }, { declarationHistory }, { parseStored }, { align }, { countClauses }, { sanitizeTerminal }, { StoreError }] =
        await Promise.all([
          import('../../ingest/declaration-id.js'),
          import('../../store/locate.js'),
          import('../../store/history.js'),
          import('../../store/read.js'),
          import('../../align/index.js'),
          import('../../tree/flatten.js'),
          import('../../text/sanitize.js'),
          import('../../errors.js'),
        ]);
      validateId(id);
      const store = await resolveStore({ dir: command.optsWithGlobals<{ store?: string }>().store, env: io.env, cwd: io.cwd });
      const revisions = await declarationHistory(store, id);
      if (revisions.length === 0) throw new StoreError(`no history for '${id}' in the store ${store.root} (clausewise list shows the ids)`);
      // Oldest first, so that each revision is compared with the one before it.
      const chronological = [...revisions].reverse();
      let previous: Awaited<ReturnType<typeof parseStored>> | null = null;
      const entries: LogEntry[] = [];
      for (const revision of chronological) {
        let declaration: Awaited<ReturnType<typeof parseStored>> | null = null;
        let change: string;
        let counts: Record<string, number> | null = null;
        let metadata: string[] = [];
        if (revision.text === null) {
          change = 'deleted';
        } else if (revision.link) {
          change = 'a symbolic link, not followed';
        } else {
          try {
            declaration = await parseStored(revision.text, `${id}@${revision.short}`);
          } catch {
            declaration = null;
          }
          if (!declaration) {
            change = 'unreadable';
          } else if (!previous) {
            change = `first version, ${countClauses(declaration)} clauses`;
          } else {
            const { summary } = align(previous, declaration);
            counts = { added: summary.added, removed: summary.removed, reworded: summary.reworded, moved: summary.moved, split: summary.split, merged: summary.merged };
            const parts = Object.entries(counts).filter(([, count]) => count > 0).map(([kind, count]) => `${count} ${kind}`);
            metadata = changedMetadata(previous, declaration);
            change = (parts.length > 0 ? parts.join(', ') : 'no clause changes') + (metadata.length > 0 ? `; ${metadata.join(', ')} changed` : '');
          }
        }
        if (declaration) previous = declaration;
        entries.push({ commit: revision.commit, short: revision.short, date: revision.date, message: revision.message, change, clauses: declaration ? countClauses(declaration) : null, counts, ...(metadata.length > 0 ? { metadata } : {}) });
      }
      const newestFirst = entries.reverse();
      if (options.json) {
        printJson(io, { schema: 'clausewise/log@1', id, revisions: newestFirst });
        return;
      }
      const width = Math.max(...newestFirst.map((entry) => entry.change.length));
      for (const entry of newestFirst) {
        const message = sanitizeTerminal(entry.message).replace(/\s+/g, ' ');
        io.stdout(`${entry.short}  ${entry.date}  ${entry.change.padEnd(width)}  ${message}\n`);
      }
    });
}

/** One line of `log`: a revision and what changed in it. */
interface LogEntry {
  commit: string;
  short: string;
  date: string;
  message: string;
  change: string;
  clauses: number | null;
  counts: Record<string, number> | null;
  /** Metadata fields the revision changed (title, date, place, language, signatories), when any. */
  metadata?: string[];
}

/** The metadata fields that differ between two versions of a declaration, in a fixed order. */
function changedMetadata(before: { meta: DeclarationMeta }, after: { meta: DeclarationMeta }): string[] {
  const fields: Array<[string, (meta: DeclarationMeta) => unknown]> = [
    ['title', (meta) => meta.title],
    ['date', (meta) => meta.date],
    ['place', (meta) => meta.place],
    ['language', (meta) => meta.lang],
    ['signatories', (meta) => meta.signatories.join('\n')],
  ];
  return fields.filter(([, read]) => read(before.meta) !== read(after.meta)).map(([name]) => name);
}
