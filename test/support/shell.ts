import { spawn, spawnSync } from 'node:child_process';

/** Whether `shell` runs here. */
export const hasShell = (shell: string): boolean => spawnSync(shell, ['-c', 'true']).status === 0;

/** Whether util-linux `script` can give an interactive shell a terminal here (see `typeTab`). */
export const hasScript = (): boolean => process.platform === 'linux' && spawnSync('script', ['-qfec', 'true', '/dev/null']).status === 0;

/**
 * Type `line` and a TAB into an interactive bash or zsh on a terminal (util-linux `script`), after
 * `setup`, and return the line as readline or zle left it (or undefined after 15 s): the real
 * completion, with the shell's own word splitting and quoting. A key bound to print the line
 * reads it back.
 */
export function typeTab(shell: 'bash' | 'zsh', setup: string, line: string, options: { cwd: string; env: Record<string, string> }): Promise<string | undefined> {
  const command = shell === 'bash' ? 'bash --norc --noprofile -i' : 'zsh -f -i';
  // The typed commands are echoed; the markers are assembled when run, so only their output matches.
  const printLine = shell === 'bash'
    ? `bind -x '"\\C-x\\C-p": printf "[%s]%s[/%s]\\n" RL "$READLINE_LINE" RL'`
    : `__print_line() { zle -I; print -r -- "[\${:-RL}]\${BUFFER}[/\${:-RL}]"; }; zle -N __print_line; bindkey '^X^P' __print_line`;
  const printed = /\[RL\]([^\r\n]*)\[\/RL\]/;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: options.cwd, env: { ...options.env, PS1: '$ ', TERM: 'dumb', INPUTRC: '/dev/null' } });
  return new Promise((resolve) => {
    let out = '';
    let stage = 0;
    const timer = setTimeout(() => child.kill(), 15_000);
    child.stdout.on('data', (data: Buffer) => {
      out += data.toString('utf8');
      if (stage === 0 && out.includes('SETUP-DONE')) {
        stage = 1;
        child.stdin.write(`${line}\t\x18\x10`);
      } else if (stage === 1 && printed.test(out)) {
        stage = 2;
        resolve(printed.exec(out)?.[1]);
        child.stdin.write('\x15exit\n');
        setTimeout(() => child.kill(), 2_000).unref();
      }
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(printed.exec(out)?.[1]);
    });
    child.stdin.write(`${setup}\n${printLine}\necho SETUP''-DONE\n`);
  });
}

/**
 * Run bash's completion function `fn` for `line` (the cursor at its end) as bash calls it: the
 * words split at blanks and at the characters of bash's default COMP_WORDBREAKS (`ID@~1` is `ID`,
 * `@`, `~1`; `--color=al` is `--color`, `=`, `al`), `$2` the word readline replaces (from the last
 * break character; an `@` starts it). Returns the word as each reply would leave it.
 */
export function bashComplete(script: string, fn: string, line: string, options: { cwd: string; env: Record<string, string> }): { words: string[]; stderr: string } {
  const breaks = spawnSync('bash', ['-c', 'printf %s "$COMP_WORDBREAKS"'], { encoding: 'utf8' }).stdout;
  const words = splitLikeBash(line, breaks);
  // Readline's word: after the last unescaped break character, which an @ or $ begins.
  let start = line.length;
  while (start > 0 && !(breaks.includes(line[start - 1]!) && line[start - 2] !== '\\')) start--;
  if (start > 0 && '@$'.includes(line[start - 1]!)) start--;
  const word = line.slice(start);
  const blank = Math.max(line.lastIndexOf(' ', start - 1), line.lastIndexOf('\t', start - 1));
  const before = line.slice(blank + 1, start);
  const q = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`;
  const program = [
    `source ${q(script)}`,
    `COMP_WORDS=(${words.map(q).join(' ')}); COMP_CWORD=${words.length - 1}; COMP_LINE=${q(line)}; COMP_POINT=${line.length}; COMP_TYPE=9; COMP_KEY=9`,
    `${fn} ${q(line.split(/\s+/)[0]!)} ${q(word)} ${q(words[words.length - 2] ?? '')}`,
    `printf '%s\\n' "\${COMPREPLY[@]}"`,
  ].join('\n');
  const result = spawnSync('bash', ['-c', program], { ...options, encoding: 'utf8' });
  return { words: result.stdout.split('\n').filter(Boolean).map((reply) => before + reply), stderr: result.stderr };
}

/** Bash's split of a command line for completion: blanks separate words; a run of the other break characters is a word. */
function splitLikeBash(line: string, breaks: string): string[] {
  const words: string[] = [];
  let word = '';
  let kind: 'word' | 'break' | undefined;
  let quote = '';
  const flush = (): void => {
    if (kind) words.push(word);
    word = '';
    kind = undefined;
  };
  for (let k = 0; k < line.length; k++) {
    const c = line[k]!;
    if (quote) {
      word += c;
      if (c === quote) quote = '';
    } else if (c === '\\') {
      if (kind === 'break') flush();
      kind = 'word';
      word += c + (line[++k] ?? '');
    } else if (c === ' ' || c === '\t') {
      flush();
    } else if (c === '"' || c === "'") {
      if (kind === 'break') flush();
      kind = 'word';
      word += c;
      quote = c;
    } else if (breaks.includes(c)) {
      if (kind === 'word') flush();
      kind = 'break';
      word += c;
    } else {
      if (kind === 'break') flush();
      kind = 'word';
      word += c;
    }
  }
  if (kind) words.push(word);
  if (!kind || words.length === 0) words.push('');
  return words;
}
