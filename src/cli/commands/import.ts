import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/** Longest pause the crash-test hook `CLAUSEWISE_TEST_DELAY_MS` may ask for between commit steps. */
const MAX_TEST_DELAY_MS = 5000;

/** `clausewise import <file> [--id ID] [--force]`: normalise a raw declaration and commit it to the store. */
export function register(program: Command, io: CliIO): void {
  program
    .command('import')
    .description('normalise a raw declaration and commit it to the store as declarations/ID.md')
    .argument('<file>', 'raw declaration file (text, HTML, Markdown)')
    .option('--id <id>', 'declaration id (default: <year>-<place>, e.g. 2020-moscow)')
    .option('--force', 'record a correction when the id exists with different content')
    .action(async (file: string, options: { id?: string; force?: boolean }, command: Command) => {
      const [{ importBytes, readInput }, { toMarkdown }, { defaultId, validateId }, { resolveStore }, { saveDeclaration }, path, crypto] =
        await Promise.all([
          import('../../ingest/index.js'),
          import('../../tree/markdown-write.js'),
          import('../../ingest/declaration-id.js'),
          import('../../store/locate.js'),
          import('../../store/save.js'),
          import('node:path'),
          import('node:crypto'),
        ]);
      if (options.id !== undefined) validateId(options.id);
      const store = await resolveStore({ dir: command.optsWithGlobals<{ store?: string }>().store, env: io.env, cwd: io.cwd });
      const bytes = await readInput(path.resolve(io.cwd, file), file);
      const source = path.basename(file);
      const declaration = await importBytes(bytes, { source, label: file });
      const id = validateId(options.id ?? (await defaultId(declaration)));
      const delay = Number(io.env['CLAUSEWISE_TEST_DELAY_MS'] ?? 0);
      const result = await saveDeclaration(store, id, toMarkdown(declaration), {
        force: Boolean(options.force),
        source,
        sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
        ...(delay > 0 ? { stepDelayMs: Math.min(delay, MAX_TEST_DELAY_MS) } : {}),
      });
      const commit = result.commit ? ` (commit ${result.commit.slice(0, 7)})` : '';
      const said = { created: 'imported to', corrected: 'corrected in', unchanged: 'unchanged in' }[result.status];
      io.stdout(`${id}: ${said} ${result.path}${commit}\n`);
    });
}
