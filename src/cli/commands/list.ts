import type { Command } from 'commander';
import { type CliIO, printJson } from '../io.js';

/** `clausewise list [--json]`: the declarations of the store with date, place, title and clause count. */
export function register(program: Command, io: CliIO): void {
  program
    .command('list')
    .description('list the declarations of the store: id, date, place, clauses, title')
    .option('--json', 'print JSON: { schema: "clausewise/list@1", store, declarations }')
    .action(async (options: { json?: boolean }, command: Command) => {
      const [{ resolveStore }, { listDeclarations }, { countClauses }, { sanitizeTerminal }, { cellWidth, withCellWidths }] = await Promise.all([
        import('../../store/locate.js'),
        import('../../store/read.js'),
        import('../../tree/flatten.js'),
        import('../../text/sanitize.js'),
        import('../../render/width.js'),
      ]);
      const store = await resolveStore({ dir: command.optsWithGlobals<{ store?: string }>().store, env: io.env, cwd: io.cwd });
      const entries = (await listDeclarations(store)).map(({ id, declaration, error }) => ({
        id,
        date: declaration?.meta.date ?? null,
        place: declaration?.meta.place ?? null,
        title: declaration?.meta.title ?? null,
        clauses: declaration ? countClauses(declaration) : null,
        ...(error ? { error } : {}),
      }));
      if (options.json) {
        printJson(io, { schema: 'clausewise/list@1', store: store.root, declarations: entries });
        return;
      }
      if (entries.length === 0) {
        io.stdout(`no declarations in ${store.root}\n`);
        return;
      }
      const clean = (text: string): string => sanitizeTerminal(text).replace(/\s+/g, ' ');
      const rows = [
        ['ID', 'DATE', 'PLACE', 'CLAUSES', 'TITLE'],
        ...entries.map((entry) =>
          entry.error
            ? [entry.id, '', '', '', `(unreadable: ${clean(entry.error)})`]
            : [entry.id, clean(entry.date ?? '-'), clean(entry.place ?? '-'), String(entry.clauses), clean(entry.title ?? '')],
        ),
      ];
      const table = await withCellWidths(() => {
        const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => cellWidth(row[column] ?? ''))));
        return rows.map((row) => {
          const cells = row.map((cell, column) => {
            const width = widths[column];
            if (width === undefined) return cell; // the last column is not padded
            const pad = ' '.repeat(width - cellWidth(cell));
            return column === 3 ? pad + cell : cell + pad;
          });
          return `${cells.join('  ')}\n`;
        });
      });
      for (const line of table) io.stdout(line);
    });
}
