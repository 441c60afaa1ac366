import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandNamed } from '../../src/cli/commands/index.js';
import { bufferIO } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/run.js';
import { runCli } from '../support/cli.js';

/** The exact top-level help: the list of commands is part of the interface. */
const HELP = `Usage: clausewise [options] [command]

Compare diplomatic declarations clause by clause and keep every version in git.

Options:
  -V, --version                                 output the version number
  --store <dir>                                 declaration store (default: $CLAUSEWISE_STORE, else the enclosing git work tree with declarations/)
  -h, --help                                    display help for command

Commands:
  normalise|normalize [options] <file>          print the normalised Markdown of a raw declaration (text, HTML, Markdown) to stdout
  import [options] <file>                       normalise a raw declaration and commit it to the store as declarations/ID.md
  show [options] <ref>                          print a declaration (file or store reference) as canonical Markdown, an outline, or JSON
  diff [options] <A> <B>                        compare two declarations clause by clause
  review [options] [REF...]                     review a comparison interactively in the terminal, or the whole corpus (text report or timeline when not a terminal)
  init <dir>                                    create a new empty declaration store (a git repository with declarations/)
  list [options]                                list the declarations of the store: id, date, place, clauses, title
  log [options] <id>                            show the revisions of a declaration with what changed in each (clauses added, removed, reworded)
  timeline [options] [ID...]                    across summits: per declaration, clauses unchanged, reworded, new and dropped; where each clause of the latest first appeared
  history [options] <ID> <clause> [EARLIER...]  one clause's wording in every declaration where it has a counterpart, oldest first, with word-level changes
  initiatives [options] <A> <B>                 what is new and what disappeared between two declarations: initiatives, named instruments, countries, organisations
  terms [options] [PHRASE...]                   count phrases in every declaration (first use, clauses holding them), or list the formulations new in one declaration
  completion <shell>                            print a completion script for bash, zsh or fish (commands, options, formats, store ids, ID@~N)
  help [command]                                display help for command
`;

describe('clausewise --help', () => {
  it('prints exactly the documented commands and options', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(HELP);
  });
});

describe('registering only the command named', () => {
  const helpOf = (program: Command, name: string): string => {
    let out = '';
    const command = program.commands.find((c) => c.name() === name)!;
    command.configureOutput({ writeOut: (text) => { out += text; } });
    command.outputHelp();
    return out;
  };

  it('knows every registered command by its names and aliases', () => {
    const program = buildProgram(bufferIO(), () => undefined);
    expect(COMMANDS.map(({ names }) => names)).toEqual(program.commands.map((c) => [c.name(), ...c.aliases()]));
  });

  it('finds the command after options and the value of --store, and only a real one', () => {
    expect(commandNamed(['diff', 'a', 'b'])).toBe('diff');
    expect(commandNamed(['--store', 'diff', 'list'])).toBe('list');
    expect(commandNamed(['--store=x', '-V', 'normalize', 'f'])).toBe('normalize');
    expect(commandNamed(['--help'])).toBeUndefined();
    expect(commandNamed(['help', 'diff'])).toBeUndefined();
    expect(commandNamed(['dif', 'a'])).toBeUndefined();
  });

  it('gives each command the same help and options as the whole program does', () => {
    const whole = buildProgram(bufferIO(), () => undefined);
    for (const { names } of COMMANDS) {
      for (const name of names) {
        const alone = buildProgram(bufferIO(), () => undefined, [name, '--help']);
        expect(alone.commands.map((c) => c.name())).toEqual([names[0]]);
        expect(helpOf(alone, names[0]!)).toBe(helpOf(whole, names[0]!));
      }
    }
  });

  it('still suggests the closest command for a misspelt one', async () => {
    const result = await runCli(['dif', 'a', 'b']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Did you mean diff?");
  });
});
