import type { Command } from 'commander';
import type { CliIO } from '../io.js';
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
import * as timeline from './timeline.js';

/** Each command module registers itself; heavy modules are imported inside the actions. */
interface CommandModule {
  register(program: Command, io: CliIO, setExit: (code: number) => void): void;
}

const COMMANDS: readonly CommandModule[] = [
  normalise, importCommand, show, diff, review, init, list, log, timeline, history, initiatives,
];

/** Register every command on the program, in the order `--help` lists them. */
export function registerCommands(program: Command, io: CliIO, setExit: (code: number) => void): void {
  for (const command of COMMANDS) command.register(program, io, setExit);
}
