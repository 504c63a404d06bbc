/**
 * `inspect completion bash|zsh|fish`: a shell completion script, written
 * from the same commander declarations as --help, so that a new option or
 * choice is completed as soon as it exists.
 */
import { Argument, type Command, type Option } from 'commander';
import { type Context, write } from './io.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

/** What a shell needs to know of one command: its words, options and subcommands. */
interface Spec {
  /** "parse", or "action-plan status" for a subcommand. */
  path: string[];
  description: string;
  options: Array<{ flags: string[]; description: string; takesValue: boolean; choices: readonly string[] | undefined }>;
  /** Choices of the first argument (`inspect schema <which>`), if it has any. */
  argumentChoices: readonly string[] | undefined;
  subcommands: string[];
}

export function registerCompletion(program: Command, context: Context): void {
  program
    .command('completion')
    .description('print a completion script for bash, zsh or fish')
    .addArgument(new Argument('<shell>', 'the shell').choices(SHELLS))
    .action(async (shell: Shell) => {
      await write(context.io.stdout, completionScript(shell, specs(program)));
    });
}

function specs(program: Command): { global: Spec; commands: Spec[] } {
  const spec = (command: Command, path: string[]): Spec => ({
    path,
    description: command.description(),
    options: (command.options as Option[])
      .filter((option) => !option.hidden)
      .map((option) => ({
        flags: [option.short, option.long].filter((flag): flag is string => Boolean(flag)),
        description: option.description,
        takesValue: option.required || option.optional,
        choices: option.argChoices,
      })),
    argumentChoices: (command.registeredArguments as Argument[])[0]?.argChoices,
    subcommands: command.commands.map((c) => c.name()),
  });
  const commands: Spec[] = [];
  for (const command of program.commands) {
    commands.push(spec(command, [command.name()]));
    for (const sub of command.commands) commands.push(spec(sub, [command.name(), sub.name()]));
  }
  return { global: spec(program, []), commands };
}

function completionScript(shell: Shell, all: { global: Spec; commands: Spec[] }): string {
  return shell === 'bash' ? bash(all) : shell === 'zsh' ? zsh(all) : fish(all);
}

const longFlags = (spec: Spec) => [...spec.options.flatMap((o) => o.flags), '--help'];
const words = (list: readonly string[]) => list.join(' ');

/** The options of `inspect action-plan <report>` are those of its default subcommand, `write`. */
function withDefault(all: { commands: Spec[] }, spec: Spec): Spec {
  const write = all.commands.find((c) => c.path.join(' ') === `${spec.path[0]} write`);
  return spec.path.length === 1 && write ? { ...spec, options: [...spec.options, ...write.options] } : spec;
}

function bash(all: { global: Spec; commands: Spec[] }): string {
  const top = all.commands.filter((c) => c.path.length === 1);
  const optionCases = all.commands
    .map((c) => withDefault(all, c))
    .map((c) => `    '${c.path.join(' ')}') opts='${words(longFlags(c))}'; args='${words([...(c.argumentChoices ?? []), ...c.subcommands])}' ;;`);
  const valueCases = all.commands.flatMap((c) =>
    withDefault(all, c).options.flatMap((o) =>
      o.takesValue ? o.flags.map((flag) => `    '${c.path.join(' ')} ${flag}') values='${words(o.choices ?? [])}'; return 0 ;;`) : [],
    ),
  );
  return `# bash completion for inspect. Load it in this shell:  eval "$(inspect completion bash)"
# or for every shell:  inspect completion bash > ~/.local/share/bash-completion/completions/inspect
_inspect_values() {
  # Prints nothing and fails when the option takes no value.
  case "$1" in
${[...new Set(valueCases)].join('\n')}
  esac
  return 1
}
_inspect() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local command="" i word opts args values
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    [[ $word == -* ]] && continue
    if [[ -z $command ]]; then
      command=$word
${top
  .filter((c) => c.subcommands.length > 0)
  .map((c) => `    elif [[ $command == ${c.path[0]} ]]; then\n      case "$word" in ${c.subcommands.join('|')}) command="$command $word" ;; esac`)
  .join('\n')}
    fi
  done
  if [[ -z $command ]]; then
    COMPREPLY=($(compgen -W "${words([...top.map((c) => c.path[0]!), ...longFlags(all.global), '--version'])}" -- "$cur"))
    return
  fi
  if [[ $prev == -* ]] && _inspect_values "$command $prev"; then
    [[ -n $values ]] && COMPREPLY=($(compgen -W "$values" -- "$cur"))
    return
  fi
  case "$command" in
${optionCases.join('\n')}
    *) opts='--help'; args='' ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts ${words(longFlags(all.global))}" -- "$cur"))
  elif [[ -n $args ]]; then
    COMPREPLY=($(compgen -W "$args" -- "$cur"))
  fi
  # Otherwise nothing here: -o default completes file names.
}
complete -o default -F _inspect inspect
`;
}

/** zsh's _arguments spec quoting: the description in [], with []:\\ escaped, the whole in single quotes. */
function zshQuote(text: string): string {
  return text.replace(/[[\]:\\]/g, (c) => `\\${c}`).replace(/'/g, `'\\''`);
}

function zsh(all: { global: Spec; commands: Spec[] }): string {
  const top = all.commands.filter((c) => c.path.length === 1);
  const argumentsOf = (spec: Spec) => {
    const lines = spec.options.map((o) => {
      // '--from[description]:value:_files', or '(-o --out)'{-o,--out}'[description]…' for an option with two names.
      const head = o.flags.length > 1 ? `'(${o.flags.join(' ')})'{${o.flags.join(',')}}'` : `'${o.flags[0]}`;
      const value = o.takesValue ? (o.choices ? `:value:(${o.choices.join(' ')})` : ':value:_files') : '';
      return `      ${head}[${zshQuote(o.description)}]${value}'`;
    });
    lines.push(`      '--help[show help]'`);
    const choices = [...(spec.argumentChoices ?? []), ...spec.subcommands];
    lines.push(choices.length ? `      '1:argument:(${choices.join(' ')})' '*:file:_files'` : `      '*:file:_files'`);
    return lines.join(' \\\n');
  };
  const cases = all.commands.map((c) => withDefault(all, c)).map((c) => `    '${c.path.join(' ')}')\n      _arguments -s \\\n${argumentsOf(c)} ;;`);
  return `#compdef inspect
# zsh completion for inspect. Save it on your $fpath as _inspect:  inspect completion zsh > "\${fpath[1]}/_inspect"
# or load it in this shell:  source <(inspect completion zsh)
_inspect() {
  local -a commands
  commands=(
${top.map((c) => `    '${c.path[0]}:${zshQuote(c.description)}'`).join('\n')}
  )
  # Skip the global options before the command.
  local first=2
  while [[ \${words[first]} == -* ]]; do (( first++ )); done
  if (( CURRENT <= first )); then
    _describe 'command' commands
    return
  fi
  local command=\${words[first]}
  shift $(( first - 1 )) words
  (( CURRENT -= first - 1 ))
  case "$command \${words[2]}" in
${top
  .flatMap((c) => c.subcommands.map((s) => `    '${c.path[0]} ${s}') command="$command ${s}"; shift words; (( CURRENT-- )) ;;`))
  .join('\n')}
  esac
  case "$command" in
${cases.join('\n')}
    *) _files ;;
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _inspect "$@"
else
  compdef _inspect inspect
fi
`;
}

function fishQuote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fish(all: { global: Spec; commands: Spec[] }): string {
  const top = all.commands.filter((c) => c.path.length === 1);
  const names = top.map((c) => c.path[0]!).join(' ');
  const lines = [
    '# fish completion for inspect:  inspect completion fish > ~/.config/fish/completions/inspect.fish',
    ...top.map((c) => `complete -c inspect -n "not __fish_seen_subcommand_from ${names}" -f -a ${c.path[0]} -d ${fishQuote(c.description)}`),
    ...all.global.options.map((o) => `complete -c inspect ${fishFlags(o.flags)} -d ${fishQuote(o.description)}`),
  ];
  for (const spec of all.commands) {
    const [command, sub] = spec.path;
    const others = all.commands.find((c) => c.path.length === 1 && c.path[0] === command)?.subcommands ?? [];
    // A subcommand's options once it is named; the default subcommand's (write) also when none is.
    const condition = sub
      ? `__fish_seen_subcommand_from ${command}; and ${sub === 'write' ? `not __fish_seen_subcommand_from ${others.filter((s) => s !== 'write').join(' ')}` : `__fish_seen_subcommand_from ${sub}`}`
      : `__fish_seen_subcommand_from ${command}`;
    if (!sub) {
      for (const choice of [...(spec.argumentChoices ?? []), ...spec.subcommands]) lines.push(`complete -c inspect -n "${condition}" -f -a ${choice}`);
    }
    for (const o of spec.options) {
      const value = o.takesValue ? (o.choices ? ` -x -a ${fishQuote(o.choices.join(' '))}` : ' -r') : '';
      lines.push(`complete -c inspect -n "${condition}" ${fishFlags(o.flags)}${value} -d ${fishQuote(o.description)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function fishFlags(flags: string[]): string {
  return flags.map((flag) => (flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)).join(' ');
}
