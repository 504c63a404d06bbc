/** What every command's --help shares: examples (clig.dev: people read the examples first), and the command tree. */
import type { Command } from 'commander';

/**
 * The examples of every command's --help, by the words that run it. A test
 * holds every command to having some, and runs them where it can.
 */
export const EXAMPLES: Record<string, string[]> = {
  inspect: [
    'inspect parse report.pdf > report.json  # a report as JSON',
    'inspect recommendations report.pdf  # its recommendations and deadlines',
    'inspect action-plan report.pdf --out plan.xlsx  # the action plan it asks for',
    'inspect follow-up 2019.pdf 2023.pdf  # were the 2019 recommendations met?',
    'inspect <command> --help  # the options of one command',
  ],
  'inspect parse': [
    'inspect parse report.pdf > report.json',
    'inspect parse reports/ --glob "*.{md,pdf,docx,html}" > reports.ndjson  # one report per line',
    'inspect parse reports/ --out-dir json/  # json/reports/<name>.json for each',
    'pbpaste | inspect parse -  # text copied from a PDF',
  ],
  'inspect schema': ['inspect schema > report.schema.json', 'inspect schema diff', 'inspect schema follow-up'],
  'inspect recommendations': [
    'inspect recommendations report.pdf',
    'inspect recommendations report.pdf --overdue --as-of 2011-01-31',
    'inspect recommendations report.md --from 2024-03-01 --format csv > deadlines.csv  # a report with no date',
    'inspect recommendations report.pdf --format ics > deadlines.ics  # for a calendar',
  ],
  'inspect validate': [
    'inspect validate reports/',
    'inspect validate report.md --rule numbering-gap=error --max-warnings 0',
    'inspect validate reports/ --format sarif > inspect.sarif  # for code scanning',
    'inspect validate --list-rules',
  ],
  'inspect diff': [
    'inspect diff draft.md final.md --format text',
    'inspect diff 2019.pdf 2023.pdf --only recommendations',
    'inspect diff old.md new.md --format markdown > changes.md',
  ],
  'inspect follow-up': [
    'inspect follow-up 2019.pdf 2023.pdf',
    'inspect follow-up 2019.pdf 2023.pdf --summary',
    'inspect follow-up 2019.pdf 2023.pdf --format markdown > board-paper.md',
    'inspect follow-up --db reports.sqlite --authority kingston-upon-hull --latest',
    'inspect follow-up --db reports.sqlite --authority haringey 2014 2023 --summary',
  ],
  'inspect query': [
    'inspect query reports/ --grep "safeguarding training" --fields source,line,id --format csv',
    'inspect query reports/ --sections --where grade=inadequate',
    'inspect query report.md --count --by outcome',
    `inspect query reports/ --expr '$count(findings)' --format ndjson`,
  ],
  'inspect index': [
    'inspect index reports/ --db reports.db --glob "*.{md,pdf,docx,html}"',
    'inspect index reports/ --db reports.db --prune  # again later: only changed files are parsed',
  ],
  'inspect search': [
    'inspect search "safeguarding training" --db reports.db',
    'inspect search "missing from care" --db reports.db --authority bury --since 2019',
  ],
  'inspect series': ['inspect series bury --db reports.db', 'inspect series kingston-upon-hull --db reports.db --format html > hull.html'],
  'inspect export': [
    'inspect export --db reports.db --format ndjson > reports.ndjson',
    'inspect export --db reports.db --format csv --out-dir tables/',
  ],
  'inspect action-plan': [
    'inspect action-plan report.md --out plan.xlsx',
    'inspect action-plan 2023.pdf --carry-forward 2019.pdf --out plan.xlsx',
    'inspect action-plan status plan.xlsx --as-of 2011-01-31',
  ],
  'inspect action-plan write': [
    'inspect action-plan report.md --out plan.xlsx',
    'inspect action-plan report.md --out plan.docx --region scotland',
    'inspect action-plan report.md --from 2024-03-01 --out plan.xlsx  # a report that prints no date',
    'inspect action-plan report.md --format csv > plan.csv',
  ],
  'inspect action-plan status': ['inspect action-plan status plan.xlsx', 'inspect action-plan status plan.csv --as-of 2011-01-31 --totals'],
  'inspect completion': [
    'inspect completion bash > ~/.local/share/bash-completion/completions/inspect',
    'eval "$(inspect completion bash)"  # for this shell only',
    'inspect completion zsh > "${fpath[1]}/_inspect"',
    'inspect completion fish > ~/.config/fish/completions/inspect.fish',
  ],
};

/** Add "Examples:" to a command's --help: each a command line, optionally with what it does after `#`. */
export function withExamples(command: Command, examples: string[], more = ''): Command {
  const width = Math.max(...examples.map((line) => line.split('  # ')[0]!.length));
  const lines = examples.map((line) => {
    const [run, what] = line.split('  # ');
    return what ? `  ${run!.padEnd(width)}  # ${what}` : `  ${run}`;
  });
  return command.addHelpText('after', `${more ? `\n${more}\n` : ''}\nExamples:\n${lines.join('\n')}\n`);
}

/** The program and every command under it, depth first. */
export function allCommands(root: Command): Command[] {
  return [root, ...root.commands.flatMap((command) => allCommands(command))];
}

/** "inspect action-plan status": the words that run a command. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
