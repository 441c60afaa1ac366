/** What a completion script knows of the CLI: commands with their options, and the values some options take. */
export interface CompletionSpec {
  /** Every command name (aliases included), in `--help` order. */
  commands: { name: string; options: string[] }[];
  /** Options before a command (`--store`). */
  global: string[];
  /** The values of options that take one of a few words. */
  values: Record<string, readonly string[]>;
  /** Options whose value is a file or folder. */
  paths: readonly string[];
}

/** The shells `clausewise completion` writes for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** The revisions offered after `ID@`: the declaration's previous versions and the store's HEAD. */
const REVISIONS = ['~1', '~2', '~3', 'HEAD', 'HEAD~1'];

/** Single-quote a word for a POSIX shell. */
function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** A completion script for `shell`: commands, options, option values, store ids (asked of `clausewise completion ids` when completing) and `ID@~N`. */
export function completionScript(shell: (typeof SHELLS)[number], spec: CompletionSpec): string {
  switch (shell) {
    case 'bash': return bashScript(spec);
    case 'zsh': return zshScript(spec);
    case 'fish': return fishScript(spec);
  }
}

function bashScript(spec: CompletionSpec): string {
  const names = spec.commands.map((command) => command.name);
  const optionCases = spec.commands.map((command) => `    ${command.name}) options=${quote(command.options.join(' '))} ;;`).join('\n');
  const valueCases = Object.entries(spec.values).map(([option, values]) => `    ${option}) reply=($(compgen -W ${quote(values.join(' '))} -- "$cur")) ;;`).join('\n');
  return `# clausewise completion for bash. Load it with: eval "$(clausewise completion bash)"
# or save it as ~/.local/share/bash-completion/completions/clausewise

# A path as typed on the line (my\\ store, 'my store', ~/store) as the command will get it; as
# typed when it holds anything else the shell would expand or run.
_clausewise_path() {
  local unsafe='[][$\`();&|<>*?{}]' path=()
  if [[ "$1" != *$unsafe* ]] && eval "path=($1)" 2>/dev/null && ((\${#path[@]} == 1)); then printf '%s' "\${path[0]}"; else printf '%s' "$1"; fi
}

_clausewise() {
  # Bash splits words at COMP_WORDBREAKS as well as at blanks: ID@~1 comes as ID, @ and ~1,
  # --color=al as --color, = and al. The words are joined again where nothing separates them
  # on the line, up to the cursor; readline then replaces only the end of the word ($2).
  local line="\${COMP_LINE:0:COMP_POINT}" words=() cword i piece rest
  for ((i = 0; i <= COMP_CWORD; i++)); do
    rest="\${line#"\${line%%[![:space:]]*}"}"
    if ((i == COMP_CWORD)); then piece="$rest"; else piece="\${COMP_WORDS[i]}"; fi
    if ((i > 0)) && [[ "$rest" == "$line" ]]; then words[\${#words[@]}-1]+="$piece"; else words+=("$piece"); fi
    line="\${rest#"$piece"}"
  done
  cword=$((\${#words[@]} - 1))
  local cur="\${words[cword]}" prev="\${words[cword-1]}" before="" cmd="" store=() options="" reply=()
  # --format=j is --format j.
  if [[ "$cur" == --*=* ]]; then prev="\${cur%%=*}"; before="$prev="; cur="\${cur#*=}"; fi
  # The command, and --store DIR or --store=DIR before or after it.
  for ((i = 1; i < cword; i++)); do
    case "\${words[i]}" in
      --store) store=(--store "$(_clausewise_path "\${words[i+1]}")"); ((i++)) ;;
      --store=*) store=(--store "$(_clausewise_path "\${words[i]#--store=}")") ;;
      -*) ;;
      *) [[ -z "$cmd" ]] && cmd="\${words[i]}" ;;
    esac
  done
  case "$prev" in
${valueCases}
    ${spec.paths.join('|')}) local IFS=$'\\n'; reply=($(compgen -f -- "$cur")) ;;
    *)
      if [[ -z "$cmd" ]]; then
        reply=($(compgen -W ${quote([...names, ...spec.global].join(' '))} -- "$cur"))
      else
        case "$cmd" in
${optionCases.replace(/^ {4}/gm, '          ')}
        esac
        if [[ "$cur" == -* ]]; then reply=($(compgen -W "$options" -- "$cur"))
        elif [[ "$cmd" == completion ]]; then reply=($(compgen -W ${quote(SHELLS.join(' '))} -- "$cur"))
        elif [[ "$cmd" == help ]]; then reply=($(compgen -W ${quote(names.join(' '))} -- "$cur"))
        elif [[ "$cur" == *@* ]]; then
          local id="\${cur%%@*}"
          reply=($(compgen -W "${REVISIONS.map((rev) => `$id@${rev}`).join(' ')}" -- "$cur"))
          # No file names here: bash would write ID\\@\\~1.
          compopt +o filenames 2>/dev/null
        else
          local ids
          ids="$(clausewise "\${store[@]}" completion ids 2>/dev/null)"
          reply=($(compgen -W "$ids" -- "$cur"))
          local IFS=$'\\n'; reply+=($(compgen -f -- "$cur"))
        fi
      fi ;;
  esac
  # Each reply replaces readline's word, the end of the whole word from its last @, = or : on.
  local keep="$before" word="\${words[cword]}"
  [[ "$word" == *"$2" ]] && keep="\${word%"$2"}"
  COMPREPLY=()
  for piece in "\${reply[@]}"; do piece="$before$piece"; COMPREPLY+=("\${piece#"$keep"}"); done
}
complete -o filenames -F _clausewise clausewise
`;
}

function zshScript(spec: CompletionSpec): string {
  const names = spec.commands.map((command) => command.name);
  const optionCases = spec.commands.map((command) => `    ${command.name}) options=(${command.options.map(quote).join(' ')}) ;;`).join('\n');
  const valueCases = Object.entries(spec.values).map(([option, values]) => `    ${option}) compadd -- ${values.map(quote).join(' ')}; return ;;`).join('\n');
  return `#compdef clausewise
# clausewise completion for zsh. Load it with: eval "$(clausewise completion zsh)"
# or save it as _clausewise in a folder of $fpath
_clausewise() {
  local cmd="" i
  local -a store options ids
  # The command, and --store DIR or --store=DIR before or after it, unquoted.
  for ((i = 2; i < CURRENT; i++)); do
    case "\${words[i]}" in
      --store) store=(--store "\${(Q)words[i+1]}"); ((i++)) ;;
      --store=*) store=(--store "\${(Q)\${words[i]#--store=}}") ;;
      -*) ;;
      *) [[ -z "$cmd" ]] && cmd="\${words[i]}" ;;
    esac
  done
  case "\${words[CURRENT-1]}" in
${valueCases}
    ${spec.paths.join('|')}) _files; return ;;
  esac
  if [[ -z "$cmd" ]]; then compadd -- ${[...names, ...spec.global].map(quote).join(' ')}; return; fi
  case "$cmd" in
${optionCases}
  esac
  if [[ "\${words[CURRENT]}" == -* ]]; then compadd -- $options; return; fi
  if [[ "$cmd" == completion ]]; then compadd -- ${SHELLS.join(' ')}; return; fi
  if [[ "$cmd" == help ]]; then compadd -- ${names.map(quote).join(' ')}; return; fi
  if [[ "\${words[CURRENT]}" == *@* ]]; then
    local id="\${words[CURRENT]%%@*}"
    # -Q: as typed, not ID@\\~1.
    compadd -Q -- ${REVISIONS.map((rev) => `"$id@${rev}"`).join(' ')}; return
  fi
  ids=(\${(f)"$(clausewise $store completion ids 2>/dev/null)"})
  compadd -- $ids
  _files
}
compdef _clausewise clausewise
`;
}

function fishScript(spec: CompletionSpec): string {
  const names = spec.commands.map((command) => command.name);
  const lines = [
    '# clausewise completion for fish. Load it with: clausewise completion fish | source',
    '# or save it as ~/.config/fish/completions/clausewise.fish',
    'function __clausewise_revisions',
    '    set -l token (commandline -ct)',
    "    if string match -q -- '*@*' $token",
    '        set -l id (string split -m1 @ -- $token)[1]',
    `        printf '%s\\n' ${REVISIONS.map((rev) => `$id@${rev}`).join(' ')}`,
    '    end',
    'end',
    '# The store ids, from the store named on the line (--store DIR or --store=DIR, before or after the command).',
    'function __clausewise_ids',
    '    set -l tokens (commandline -opc)',
    '    set -l store',
    '    for i in (seq 2 (count $tokens))',
    "        if test $tokens[$i] = --store; and test $i -lt (count $tokens)",
    '            set store --store $tokens[(math $i + 1)]',
    "        else if string match -q -- '--store=*' $tokens[$i]",
    '            set store --store (string replace -- --store= \'\' $tokens[$i])',
    '        end',
    '    end',
    '    clausewise $store completion ids 2>/dev/null',
    'end',
    'complete -c clausewise -f',
    `complete -c clausewise -n __fish_use_subcommand -a ${quote(names.join(' '))}`,
    "complete -c clausewise -n __fish_use_subcommand -l store -r -F -d 'declaration store'",
    `complete -c clausewise -n '__fish_seen_subcommand_from completion' -a ${quote(SHELLS.join(' '))}`,
    `complete -c clausewise -n '__fish_seen_subcommand_from help' -a ${quote(names.join(' '))}`,
  ];
  for (const command of spec.commands) {
    for (const option of command.options) {
      const long = option.startsWith('--') ? `-l ${option.slice(2)}` : `-s ${option.slice(1)}`;
      const values = spec.values[option];
      const extra = values ? ` -x -a ${quote(values.join(' '))}` : spec.paths.includes(option) ? ' -r -F' : '';
      lines.push(`complete -c clausewise -n '__fish_seen_subcommand_from ${command.name}' ${long}${extra}`);
    }
  }
  const takesIds = spec.commands.map((command) => command.name).filter((name) => !['init', 'list', 'completion', 'help', 'normalise', 'normalize', 'import'].includes(name));
  lines.push(`complete -c clausewise -n '__fish_seen_subcommand_from ${takesIds.join(' ')}' -a '(__clausewise_ids) (__clausewise_revisions)' -F`);
  return `${lines.join('\n')}\n`;
}
