import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { Declaration, DiffResult } from '../../types.js';
import type { CliIO } from '../io.js';

interface ReviewOptions {
  color: boolean;
}

/** What the review UI module exports (the esbuild bundle `dist/ui.js` or `src/render/ui/entry.tsx`). */
interface ReviewUIModule {
  runReviewUI: (result: DiffResult, options: {
    stdin: NodeJS.ReadStream;
    stdout: NodeJS.WriteStream;
    views?: { timeline?: () => Promise<string>; initiatives?: () => Promise<string> };
    color?: boolean;
    fold?: (text: string) => string;
  }) => Promise<void>;
}

/** `clausewise review <A> <B>`: the interactive review in the terminal, or the text report when not on a terminal. */
export function register(program: Command, io: CliIO): void {
  program
    .command('review')
    .description('review a comparison interactively in the terminal (text report when not a terminal)')
    .argument('<A>', 'old declaration: file path, ID or ID@REV')
    .argument('<B>', 'new declaration: file path, ID or ID@REV')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .action(async (a: string, b: string, options: ReviewOptions, command: Command) => {
      const store = command.optsWithGlobals<{ store?: string }>().store;
      // Start loading the UI now: parsing it overlaps with reading the declarations (git runs as a child process).
      const uiReady = io.terminal ? Promise.all([loadUI(), import('../../text/fold.js')]) : undefined;
      uiReady?.catch(() => undefined);
      const [{ loadDeclaration }, { align }] = await Promise.all([import('../load.js'), import('../../align/index.js')]);
      const [from, to] = await Promise.all([loadDeclaration(a, io, store), loadDeclaration(b, io, store)]);
      const result = align(from.declaration, to.declaration, { fromSource: from.label, toSource: to.label });
      const color = options.color && !io.env['NO_COLOR'];
      if (!io.terminal || !uiReady) {
        const { renderReport } = await import('../../render/index.js');
        io.stdout(renderReport(result, 'text', { color: color && io.isTTY, ...(io.columns ? { width: io.columns } : {}) }));
        return;
      }
      const [ui, { foldText }] = await uiReady;
      const pair = [{ id: from.label, declaration: from.declaration }, { id: to.label, declaration: to.declaration }];
      const width = Math.max(40, (io.columns ?? 80) - 4);
      await ui.runReviewUI(result, {
        ...io.terminal,
        color,
        fold: foldText,
        views: {
          timeline: () => timelineText(pair, width),
          initiatives: () => initiativesText(from.declaration, to.declaration, width),
        },
      });
    });
}

/** The UI: the prebuilt bundle next to the compiled CLI when there is one (faster to load), else the modules. */
async function loadUI(): Promise<ReviewUIModule> {
  const bundle = new URL('../../ui.js', import.meta.url);
  if (existsSync(fileURLToPath(bundle))) return (await import(bundle.href)) as ReviewUIModule;
  return (await import('../../render/ui/entry.js')) as ReviewUIModule;
}

/** Import a module of the timeline feature by path; undefined when that module is not there. */
async function optionalModule(path: string): Promise<Record<string, unknown> | undefined> {
  const url = new URL(path, import.meta.url);
  const candidates = [url, new URL(url.href.replace(/\.js$/, '.ts'))];
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)));
  return found ? ((await import(found.href)) as Record<string, unknown>) : undefined;
}

/** The timeline of the two declarations as text, or why it cannot be shown. */
async function timelineText(pair: { id: string; declaration: Declaration }[], width: number): Promise<string> {
  const [model, view] = await Promise.all([optionalModule('../../timeline/timeline.js'), optionalModule('../../render/timeline-text.js')]);
  const build = model?.['buildTimeline'];
  const render = view?.['renderTimelineText'];
  if (typeof build !== 'function' || typeof render !== 'function') return 'The timeline view is not available in this build.';
  return String(render(build(pair), { width, color: false }));
}

/** The initiatives new and dropped between the two declarations as text, or why it cannot be shown. */
async function initiativesText(a: Declaration, b: Declaration, width: number): Promise<string> {
  const [model, view] = await Promise.all([optionalModule('../../timeline/initiatives.js'), optionalModule('../../render/initiatives-text.js')]);
  const compare = model?.['compareInitiatives'];
  const render = view?.['renderInitiativesText'];
  if (typeof compare !== 'function' || typeof render !== 'function') return 'The initiatives view is not available in this build.';
  return String(render(compare(a, b), { width, color: false }));
}
