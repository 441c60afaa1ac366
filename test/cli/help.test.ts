import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/** The exact top-level help: the list of commands is part of the interface. */
const HELP = `Usage: clausewise [options] [command]

Compare diplomatic declarations clause by clause and keep every version in git.

Options:
  -V, --version                                 output the version number
  --store <dir>                                 declaration store (default: $CLAUSEWISE_STORE, else the enclosing git work tree with declarations/)
  -h, --help                                    display help for command

Commands:
  normalise|normalize <file>                    print the normalised Markdown of a raw declaration (text, HTML, Markdown) to stdout
  import [options] <file>                       normalise a raw declaration and commit it to the store as declarations/ID.md
  show [options] <ref>                          print a declaration (file or store reference) as canonical Markdown, an outline, or JSON
  diff [options] <A> <B>                        compare two declarations clause by clause
  review [options] <A> <B>                      review a comparison interactively in the terminal (text report when not a terminal)
  init <dir>                                    create a new empty declaration store (a git repository with declarations/)
  list [options]                                list the declarations of the store: id, date, place, clauses, title
  log [options] <id>                            show the revisions of a declaration with what changed in each (clauses added, removed, reworded)
  timeline [options] [ID...]                    across summits: per declaration, clauses unchanged, reworded, new and dropped; where each clause of the latest first appeared
  history [options] <ID> <clause> [EARLIER...]  one clause's wording in every declaration where it has a counterpart, oldest first, with word-level changes
  initiatives [options] <A> <B>                 what is new and what disappeared between two declarations: initiatives, named instruments, countries, organisations
  help [command]                                display help for command
`;

describe('clausewise --help', () => {
  it('prints exactly the documented commands and options', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(HELP);
  });
});
