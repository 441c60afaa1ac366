import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import type { MetadataFlags } from '../metadata-flags.js';
import type { SummitChange } from '../../ingest/same-summit.js';
import type { DeclarationMeta } from '../../types.js';
import { tracePhase } from '../../trace.js';

/** Longest pause the crash-test hook `CLAUSEWISE_TEST_DELAY_MS` may ask for between commit steps. */
const MAX_TEST_DELAY_MS = 5000;

/**
 * `clausewise import <file> [--id ID] [--force] [--title T] [--date D] [--place P] [--lang L]`:
 * normalise a raw declaration and commit it to the store. What the input lacks (title, date,
 * place) must be given by flags, which also override what was found; an input that is not a
 * declaration is refused; nothing is committed on refusal.
 */
export function register(program: Command, io: CliIO): void {
  program
    .command('import')
    .description('normalise a raw declaration and commit it to the store as declarations/ID.md')
    .argument('<file>', 'raw declaration file (text, HTML, Markdown)')
    .option('--id <id>', 'declaration id (default: <year>-<place>[-<lang>], e.g. 2020-moscow, 2020-moscow-en)')
    .option('--force', 'record a correction when the id exists with different content')
    .option('--title <title>', 'the title, when the input has none (or to replace the one found)')
    .option('--date <YYYY-MM-DD>', 'the summit date, when the input has none (or to replace the one found)')
    .option('--place <name>', 'the summit city, when the input names none (or to replace the one found)')
    .option('--lang <tag>', 'the language: zh-Hans, zh-Hant, en or ru (default: detected)')
    .action(async (file: string, options: MetadataFlags & { id?: string; force?: boolean }, command: Command) => {
      tracePhase('start and arguments');
      const [{ readInput }, { parseInput }, { toMarkdown }, { defaultId, loadRomanisers, validateId }, { resolveStore }, { saveDeclaration }, check, flags, summit, { parseCanonical }, { UsageError }, { printable }, { stampDateLine }, path, crypto] =
        await Promise.all([
          import('../../ingest/index.js'),
          import('../../ingest/parse-input.js'),
          import('../../tree/markdown-write.js'),
          import('../../ingest/declaration-id.js'),
          import('../../store/locate.js'),
          import('../../store/save.js'),
          import('../../ingest/declaration-check.js'),
          import('../metadata-flags.js'),
          import('../../ingest/same-summit.js'),
          import('../../tree/markdown-read.js'),
          import('../../errors.js'),
          import('../../text/sanitize.js'),
          import('../explain.js'),
          import('node:path'),
          import('node:crypto'),
        ]);
      tracePhase('modules loaded');
      if (options.id !== undefined) validateId(options.id);
      const given = flags.readMetadataFlags(options);
      // The store is looked up (a git process) while the input is read and parsed; a store that
      // cannot be used is still what is reported first.
      const storeLookup = resolveStore({ dir: command.optsWithGlobals<{ store?: string }>().store, env: io.env, cwd: io.cwd });
      storeLookup.catch(() => undefined); // awaited below; a failure surfaces there
      const source = path.basename(file);
      let bytes: Uint8Array;
      let parsed: Awaited<ReturnType<typeof parseInput>>;
      try {
        bytes = await readInput(path.resolve(io.cwd, file), file);
        // What is not a declaration is refused by the importer (the flags count: a date given is a date).
        parsed = await parseInput(bytes, { source, label: file, metadata: given });
      } catch (error) {
        await storeLookup;
        throw error;
      }
      const { declaration } = parsed;
      tracePhase('input read and parsed');
      const store = await storeLookup;
      tracePhase('store located');
      const missing = check.missingMetadata(declaration);
      if (missing.length > 0) {
        const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
        throw new UsageError(`${file}: no ${names} found; give ${missing.length === 1 ? 'it' : 'them'} with ${missing.map((field) => flags.FLAG_FOR[field]).join(' ')}`);
      }
      await loadRomanisers(declaration.meta.place);
      const id = validateId(options.id ?? defaultId(declaration));
      const delay = Number(io.env['CLAUSEWISE_TEST_DELAY_MS'] ?? 0);
      const fault = io.env['CLAUSEWISE_TEST_FAIL'] ? (await import('../../store/fault.js')).parseFault(io.env['CLAUSEWISE_TEST_FAIL']) : undefined;
      const markdown = toMarkdown(declaration);
      tracePhase('canonical Markdown written');
      /** The metadata of the declaration the id holds, read at most once. */
      let held: Promise<DeclarationMeta | undefined> | undefined;
      const heldMeta = (current: string) =>
        (held ??= parseCanonical(current).then(async ({ meta }) => {
          await loadRomanisers(meta.place);
          return meta;
        }, () => undefined));
      const holds = ({ title, date, lang }: DeclarationMeta) => `${id} holds another declaration: ${printable(title, 60)} (${date ?? 'undated'}, ${lang ?? 'language unknown'})`;
      /** What a correction changes of the summit, as --force records it. */
      let corrected: SummitChange[] = [];
      const result = await saveDeclaration(store, id, markdown, {
        force: Boolean(options.force),
        source,
        sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
        ...(delay > 0 ? { stepDelayMs: Math.min(delay, MAX_TEST_DELAY_MS) } : {}),
        ...(fault ? { fault } : {}),
        // Another summit, or another language, under the same id: --force would replace it.
        describeConflict: async (current) => {
          const held = await heldMeta(current);
          const difference = held ? summit.summitDifference(held, declaration.meta) : undefined;
          return held && difference ? `${holds(held)}; this one has ${printable(difference, 120)}: give it its own id with --id` : undefined;
        },
        // --force corrects a date or a place read wrongly, never turns the id into another declaration.
        describeReplacement: async (current) => {
          const held = await heldMeta(current);
          if (!held) return undefined;
          const changes = summit.summitChanges(held, declaration.meta);
          corrected = changes;
          if (summit.correctable(changes)) return undefined;
          return `${holds(held)}; this one has ${printable(summit.summitDifference(held, declaration.meta) ?? '', 120)}: --force corrects a declaration, it does not replace it with another: give this one its own id with --id`;
        },
      });
      tracePhase('saved and committed');
      const commit = result.commit ? ` (commit ${result.commit.slice(0, 7)})` : '';
      const said = { created: 'imported to', corrected: 'corrected in', unchanged: 'unchanged in' }[result.status];
      io.stdout(`${id}: ${said} ${result.path}${commit}\n`);
      if (result.status === 'corrected') for (const { field, from, to } of corrected) io.stderr(`clausewise: ${id}: the ${field} changes from ${printable(from, 60)} to ${printable(to, 60)}\n`);
      // A page's time stamp is often a day or more after the summit: the date is recorded, and questioned.
      const { date } = declaration.meta;
      if (date && parsed.dateSource === 'stamp' && !given.date) io.stderr(stampDateLine(file, date));
    });
}
