import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { TimelineInput } from '../../timeline/chain.js';
import type { CliIO } from '../io.js';

interface ViewOptions {
  json?: boolean;
  color: boolean;
}

/** Colour only on a terminal, when asked for and NO_COLOR is not set. */
export function useColor(io: CliIO, options: ViewOptions): boolean {
  return options.color && io.isTTY && !io.env['NO_COLOR'];
}

/**
 * Load declarations for the multi-year views: each reference as `diff` takes it (file path, ID or
 * ID@REV), or, with none, every declaration of the store (unreadable ones skipped with a warning).
 */
export async function loadMany(refs: readonly string[], io: CliIO, storeDir: string | undefined): Promise<TimelineInput[]> {
  if (refs.length > 0) {
    const { loadDeclaration } = await import('../load.js');
    const loaded = await Promise.all(refs.map((ref) => loadDeclaration(ref, io, storeDir)));
    return loaded.map(({ declaration, label }) => ({ id: label, declaration }));
  }
  const [{ resolveStore }, { listDeclarations }, { sanitizeTerminal }] = await Promise.all([
    import('../../store/locate.js'),
    import('../../store/read.js'),
    import('../../text/sanitize.js'),
  ]);
  const store = await resolveStore({ dir: storeDir, env: io.env, cwd: io.cwd });
  const entries: TimelineInput[] = [];
  for (const { id, declaration, error } of await listDeclarations(store)) {
    if (declaration) entries.push({ id, declaration });
    else io.stderr(`clausewise: skipped ${id}: ${sanitizeTerminal(error ?? 'unreadable').replace(/\s+/g, ' ')}\n`);
  }
  return entries;
}

/** `clausewise timeline [ID...]`: per summit, clauses carried over, reworded, new, dropped; origins of the latest clauses. */
export function register(program: Command, io: CliIO): void {
  program
    .command('timeline')
    .description('across summits: per declaration, clauses unchanged, reworded, new and dropped; where each clause of the latest first appeared')
    .argument('[ID...]', 'declarations (file path, ID or ID@REV); default: every declaration in the store')
    .option('--json', 'print the clausewise/timeline@1 JSON object')
    .option('--given-order', 'keep the declarations in the order given instead of sorting them by date')
    .option('--no-color', 'no colours (also NO_COLOR, or when not a terminal)')
    .addHelpText('after', [
      '',
      'Declarations are put in date order (undated last) unless --given-order. Each consecutive pair',
      'is aligned as by `clausewise diff`; a clause is traced back through matched, split and merged',
      'clauses, so one that is dropped and comes back later counts as new again.',
    ].join('\n'))
    .action(async (refs: string[], options: ViewOptions & { givenOrder?: boolean }, command: Command) => {
      const store = command.optsWithGlobals<{ store?: string }>().store;
      const inputs = await loadMany(refs, io, store);
      if (inputs.length === 0) throw new UsageError('no declarations: the store is empty and none were given');
      const { buildTimeline } = await import('../../timeline/timeline.js');
      const result = buildTimeline(inputs, { byDate: !options.givenOrder });
      if (options.json) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      const { renderTimelineText } = await import('../../render/timeline-text.js');
      io.stdout(renderTimelineText(result, { color: useColor(io, options), ...(io.columns ? { width: io.columns } : {}) }));
    });
}
