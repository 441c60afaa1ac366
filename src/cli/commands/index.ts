import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import * as completion from './completion.js';
import * as diff from './diff.js';
import * as history from './history.js';
import * as importCommand from './import.js';
import * as init from './init.js';
import * as initiatives from './initiatives.js';
import * as list from './list.js';
import * as log from './log.js';
import * as normalise from './normalise.js';
import * as review from './review.js';
import * as show from './show.js';
import * as terms from './terms.js';
import * as timeline from './timeline.js';

/** Each command module registers itself; heavy modules are imported inside the actions. */
interface CommandModule {
  register(program: Command, io: CliIO, setExit: (code: number) => void): void;
}

/** The commands with the names and aliases that invoke them, in the order `--help` lists them. */
export const COMMANDS: ReadonlyArray<{ names: readonly string[]; module: CommandModule }> = [
  { names: ['normalise', 'normalize'], module: normalise },
  { names: ['import'], module: importCommand },
  { names: ['show'], module: show },
  { names: ['diff'], module: diff },
  { names: ['review'], module: review },
  { names: ['init'], module: init },
  { names: ['list'], module: list },
  { names: ['log'], module: log },
  { names: ['timeline'], module: timeline },
  { names: ['history'], module: history },
  { names: ['initiatives'], module: initiatives },
  { names: ['terms'], module: terms },
  { names: ['completion'], module: completion },
];

/**
 * Register the command the arguments name, or every command when they name none (top-level
 * help, `help`, an unknown command and its suggestions): building all twelve with their options
 * is a few million instructions of every start.
 */
export function registerCommands(program: Command, io: CliIO, setExit: (code: number) => void, argv: readonly string[] = []): void {
  const named = commandNamed(argv);
  for (const { names, module } of COMMANDS) if (named === undefined || names.includes(named)) module.register(program, io, setExit);
}

/** The first argument that is neither an option nor the value of `--store`, when it names a command. */
export function commandNamed(argv: readonly string[]): string | undefined {
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    if (arg === '--store') k++;
    else if (!arg.startsWith('-')) return COMMANDS.some(({ names }) => names.includes(arg)) ? arg : undefined;
  }
  return undefined;
}
