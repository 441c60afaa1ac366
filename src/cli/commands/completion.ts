import type { Command, Option } from 'commander';
import { UsageError } from '../../errors.js';
import type { CliIO } from '../io.js';

/** `clausewise completion bash|zsh|fish`: print a shell completion script; `completion ids` lists the store ids for it. */
export function register(program: Command, io: CliIO): void {
  program
    .command('completion')
    .description('print a completion script for bash, zsh or fish (commands, options, formats, store ids, ID@~N)')
    .argument('<shell>', 'bash, zsh or fish')
    .action(async (shell: string, _options: unknown, command: Command) => {
      if (shell === 'ids') {
        await printIds(io, command.optsWithGlobals<{ store?: string }>().store);
        return;
      }
      const { completionScript, SHELLS } = await import('../completion.js');
      if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`no completion for '${shell}': use ${SHELLS.join(', ')}`);
      const [{ buildProgram }, { FORMATS }, { WHEN }, { LANGUAGES }] = await Promise.all([import('../run.js'), import('./diff.js'), import('../color.js'), import('../metadata-flags.js')]);
      // Every command with its options, as --help knows them.
      const full = buildProgram(io, () => {}, []);
      const flags = (option: Option): string[] => [option.long, option.short].filter((flag): flag is string => flag !== undefined);
      const commands = full.commands.flatMap((sub) => [sub.name(), ...sub.aliases()].map((name) => ({ name, options: [...sub.options.flatMap(flags), '--help'] })));
      commands.push({ name: 'help', options: [] });
      io.stdout(completionScript(shell as 'bash', {
        commands,
        global: ['--store', '--help', '--version'],
        // The lists the commands check their values against, so completion offers what they take.
        values: { '--format': FORMATS, '--color': WHEN, '--lang': LANGUAGES },
        paths: ['--store', '-o', '--output'],
      }));
    });
}

/** The store's ids, one a line; nothing when there is no store (completion must stay quiet). */
async function printIds(io: CliIO, dir: string | undefined): Promise<void> {
  const [{ resolveStore }, { listDeclarations }] = await Promise.all([import('../../store/locate.js'), import('../../store/read.js')]);
  const store = await resolveStore({ dir, env: io.env, cwd: io.cwd }).catch(() => undefined);
  if (!store) return;
  for (const { id } of await listDeclarations(store)) io.stdout(`${id}\n`);
}
