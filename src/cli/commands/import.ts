import type { Command } from 'commander';
import type { CliIO } from '../io.js';

/** `clausewise import <file> [--id ID]`: normalise a raw declaration into `declarations/ID.md`. */
export function register(program: Command, io: CliIO): void {
  program
    .command('import')
    .description('normalise a raw declaration and save it as declarations/ID.md')
    .argument('<file>', 'raw declaration file (text, HTML, Markdown)')
    .option('--id <id>', 'declaration id (default: <year>-<place>, e.g. 2020-moscow)')
    .option('--force', 'replace an existing declaration with different content')
    .action(async (file: string, options: { id?: string; force?: boolean }) => {
      const [{ importFile }, { toMarkdown }, { defaultId, validateId }, { writeFileAtomic }, path, fs] = await Promise.all([
        import('../../ingest/index.js'),
        import('../../tree/markdown-write.js'),
        import('../../ingest/declaration-id.js'),
        import('../../store/atomic-write.js'),
        import('node:path'),
        import('node:fs'),
      ]);
      const declaration = await importFile(path.resolve(io.cwd, file), { source: path.basename(file) });
      const id = validateId(options.id ?? defaultId(declaration));
      const target = path.join(io.cwd, 'declarations', `${id}.md`);
      const markdown = toMarkdown(declaration);
      if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === markdown) {
        io.stdout(`${id}: unchanged\n`);
        return;
      }
      if (fs.existsSync(target) && !options.force) {
        const { UsageError } = await import('../../errors.js');
        throw new UsageError(`${id} already exists with different content; use --force to replace it`);
      }
      await writeFileAtomic(target, markdown);
      io.stdout(`${id}: imported to declarations/${id}.md\n`);
    });
}
