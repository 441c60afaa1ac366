import type { CliIO } from './io.js';

/**
 * The pager command as git finds it: `$CLAUSEWISE_PAGER`, else `$PAGER`, else `less -FRX`. None
 * (null) when the variable set is empty or `cat`, or cannot be split.
 */
export function pagerCommand(env: Record<string, string | undefined>): string[] | null {
  const command = env['CLAUSEWISE_PAGER'] ?? env['PAGER'] ?? 'less -FRX';
  const argv = splitCommand(command);
  if (argv === null || argv.length === 0 || (argv.length === 1 && argv[0] === 'cat')) return null;
  return argv;
}

/**
 * Split a command line into words as git splits an alias (`split_cmdline`): blanks separate,
 * single and double quotes group, a backslash escapes the next character outside single quotes.
 * No shell ever sees it, so `$(…)`, `;` and `|` are plain text. Null for an unclosed quote.
 */
export function splitCommand(command: string): string[] | null {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < command.length; i++) {
    const char = command[i]!;
    if (quote === null && /\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
      continue;
    }
    word ??= '';
    if (char === '\\' && quote !== "'" && i + 1 < command.length) word += command[++i];
    else if (quote !== null && char === quote) quote = null;
    else if (quote === null && (char === '"' || char === "'")) quote = char;
    else word += char;
  }
  if (quote !== null) return null;
  if (word !== null) words.push(word);
  return words;
}

/** Lines a text takes on the screen, counting only its line feeds (wrapped lines make it more, never less). */
function lineCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Write a report as git does: through the pager when stdout is a terminal, the pager is not
 * turned off (`--no-pager`, an empty or `cat` pager) and the report is longer than the screen;
 * otherwise straight to stdout.
 */
export async function writePaged(io: CliIO, text: string, options: { pager: boolean }): Promise<void> {
  const argv = options.pager && io.isTTY && io.page && io.rows !== undefined && lineCount(text) >= io.rows ? pagerCommand(io.env) : null;
  if (argv === null || !io.page || !(await io.page(argv, text))) io.stdout(text);
}
