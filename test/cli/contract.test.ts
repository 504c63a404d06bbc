/**
 * The contract every command keeps (issue 18), in one table of CLI cases run
 * in-process and as a subprocess: one exit code per outcome whatever the
 * command, option errors as one `inspect:` line, messages on stderr and data
 * on stdout, --quiet, --out-dir that never overwrites silently, only the
 * formats a command can produce offered, a plan for an undated report.
 * After the table: what needs a terminal, every command's --help, and the
 * shell completion scripts.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { allCommands, commandPath, EXAMPLES } from '../../src/cli/help.js';
import { createProgram, run } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { runCases, runInProcess, type CliCase } from '../helpers/cli.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const NO_DATE = 'fixtures/recommendations/no-date.md';
const dir = mkdtempSync(join(tmpdir(), 'inspect-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (...parts: string[]) => join(dir, ...parts);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const empty = at('empty.md');
writeFileSync(empty, '');
const missing = at('missing.md');
const batch = at('batch');
mkdirSync(batch);
writeFileSync(join(batch, 'a-empty.md'), '');
writeFileSync(join(batch, 'b-seed.md'), readFileSync(SEED));
const db = at('seed.db');
// Built once for the commands that read an index (search, series).
await runInProcess(['index', SEED, '--db', db]);

function contractCases(mode: 'in-process' | 'subprocess'): CliCase[] {
  const at = (...parts: string[]) => join(dir, mode, ...parts);
  mkdirSync(at(), { recursive: true });
  /** The commands that read report files, each with the arguments that make it read `file` (and what else it needs). */
  const READERS: Array<[string, (file: string) => string[]]> = [
    ['parse', (file) => ['parse', file]],
    ['recommendations', (file) => ['recommendations', file, '--format', 'json']],
    ['validate', (file) => ['validate', file]],
    ['diff', (file) => ['diff', file, SEED]],
    ['query', (file) => ['query', file, '--format', 'json']],
    ['follow-up', (file) => ['follow-up', file, SEED]],
    ['action-plan', (file) => ['action-plan', file, '--format', 'md']],
    ['index', (file) => ['index', file, '--db', at(`index-${Math.random().toString(36).slice(2)}.db`)]],
  ];

  const oneLine = (file: string, problem: string) => new RegExp(`^inspect: ${escape(file)}: ${escape(problem)}\n$`);

  const unreadable: CliCase[] = READERS.flatMap(([name, args]): CliCase[] => [
    { name: `${name}: an empty file exits 4, one line on stderr, nothing on stdout`, args: args(empty), code: EXIT.notText, stderr: oneLine(empty, 'is empty') },
    { name: `${name}: a missing file exits 3`, args: args(missing), code: EXIT.unreadable, stderr: oneLine(missing, 'no such file') },
  ]);

  const indexOnly: CliCase[] = [
    { name: 'search: a missing index exits 3', args: ['search', 'training', '--db', missing], code: EXIT.unreadable, stderr: /^inspect: .*missing\.md: no such file/ },
    { name: 'series: a missing index exits 3', args: ['series', 'essex', '--db', missing], code: EXIT.unreadable, stderr: /^inspect: .*missing\.md: no such file/ },
  ];

  /** Several inputs, one of which fails: 6 from every command that takes several, the rest's results on stdout. */
  const batches: CliCase[] = [
    {
      name: 'parse: a batch where a file fails exits 6 and prints the rest',
      args: ['parse', empty, SEED],
      code: EXIT.someFailed,
      withResult: true,
      stderr: oneLine(empty, 'is empty'),
      stdout: (out) => expect(out.trimEnd().split('\n').map((line) => JSON.parse(line).source.path)).toEqual([SEED]),
    },
    {
      name: 'parse: a directory holding a file that fails exits 6 too',
      args: ['parse', batch],
      code: EXIT.someFailed,
      withResult: true,
      stderr: oneLine(join(batch, 'a-empty.md'), 'is empty'),
      stdout: (out) => expect(JSON.parse(out).findings).toHaveLength(82),
    },
    {
      name: 'recommendations: exits 6 and lists the recommendations of the rest',
      args: ['recommendations', empty, SEED, '--format', 'json'],
      code: EXIT.someFailed,
      withResult: true,
      stderr: oneLine(empty, 'is empty'),
      stdout: (out) => expect(JSON.parse(out)).toHaveLength(12),
    },
    {
      name: 'validate: exits 6 and checks the rest',
      args: ['validate', empty, SEED],
      code: EXIT.someFailed,
      withResult: true,
      stderr: oneLine(empty, 'is empty'),
      stdout: (out) => expect(out).toMatch(/\n7 problems \(0 errors, 7 warnings\)\n$/),
    },
    {
      name: 'query: exits 6 and prints the rows of the rest',
      args: ['query', empty, SEED, '--count', '--format', 'csv'],
      code: EXIT.someFailed,
      withResult: true,
      stderr: oneLine(empty, 'is empty'),
      stdout: (out) => expect(out).toBe('count\r\n82\r\n'),
    },
    {
      name: 'index: exits 6 and indexes the rest',
      args: ['index', empty, SEED, '--db', at('batch.db')],
      code: EXIT.someFailed,
      withResult: true,
      stderr: /^inspect: .*empty\.md: is empty\n.*batch\.db: 1 report; 1 added, 0 updated, 0 unchanged, 1 failed\n$/,
      stdout: (out) => expect(out).toBe(''),
    },
  ];

  /** Option errors: commander's `error: …` lines become one `inspect: …` line (no usage hint when stderr is not a terminal). */
  const optionErrors: CliCase[] = [
    ...(
      [
        ['parse'], ['recommendations'], ['validate'], ['diff'], ['query'], ['follow-up'], ['action-plan'], ['schema'], ['completion'],
        // Commander checks mandatory options first.
        ['index', SEED, '--db', db], ['search', 'x', '--db', db], ['series', 'x', '--db', db], ['export', '--db', db, '--format', 'ndjson'],
      ] as string[][]
    ).map(
      (args): CliCase => ({ name: `${args[0]}: an unknown option is one line starting inspect:`, args: [...args, '--bogus'], code: EXIT.usage, stderr: /^inspect: unknown option '--bogus'\n$/ }),
    ),
    { name: 'an unknown command is one line, with the suggestion on it', args: ['pase', SEED], code: EXIT.usage, stderr: /^inspect: unknown command 'pase' \(Did you mean parse\?\)\n$/ },
    { name: 'a bad option value is one line', args: ['parse', SEED, '--from', 'yesterday'], code: EXIT.usage, stderr: /^inspect: option '--from <date>' argument 'yesterday' is invalid\. expected a date as YYYY-MM-DD, got "yesterday"\n$/ },
    { name: 'a missing argument is one line', args: ['diff'], code: EXIT.usage, stderr: /^inspect: missing required argument 'old'\n$/ },
  ];

  /** Formats: what --help offers is what the command produces. */
  const formats: CliCase[] = [
    {
      name: 'query does not offer ics, which it cannot produce',
      args: ['query', '--help'],
      code: 0,
      stdout: (out) => expect(out).toMatch(/--format <format> +output format .*\(choices: "table", "json", "ndjson", "csv"\)/s),
    },
    { name: 'query --format ics is refused as any unknown choice is', args: ['query', SEED, '--format', 'ics'], code: EXIT.usage, stderr: /^inspect: option '--format <format>' argument 'ics' is invalid\. Allowed choices are table, json, ndjson, csv\.\n$/ },
    { name: 'search does not offer ics either', args: ['search', '--help'], code: 0, stdout: (out) => expect(out).not.toMatch(/"ics"/) },
    { name: 'recommendations offers ics, and makes it', args: ['recommendations', SEED, '--format', 'ics'], code: 0, stdout: (out) => expect(out).toMatch(/^BEGIN:VCALENDAR/) },
  ];

  /** Messages go to stderr, data to stdout; --quiet silences the messages, never the data, warnings or errors. */
  const plan = at('plan.csv');
  const messages: CliCase[] = [
    {
      name: 'action-plan --out says what it wrote on stderr, with nothing on stdout',
      args: ['action-plan', SEED, '--out', plan, '--force'],
      code: 0,
      stderr: new RegExp(`^wrote ${escape(plan)}: 11 recommendations, action plan due 2010-09-21\n$`),
      stdout: (out) => expect(out).toBe(''),
    },
    {
      name: '--quiet silences the message and still writes the file',
      args: ['--quiet', 'action-plan', SEED, '--out', at('quiet.csv')],
      code: 0,
      stdout: (out) => {
        expect(out).toBe('');
        expect(readFileSync(at('quiet.csv'), 'utf8')).toMatch(/^\uFEFFRef,/);
      },
    },
    {
      name: '--quiet after the command works as well',
      args: ['index', SEED, '--db', at('quiet.db'), '--quiet'],
      code: 0,
      stdout: (out) => expect(out).toBe(''),
    },
    { name: '--quiet does not silence errors', args: ['parse', empty, '--quiet'], code: EXIT.notText, stderr: oneLine(empty, 'is empty') },
  ];

  /** --out-dir: distinct names, no way out of the directory, and nothing overwritten without --force. */
  const twins = at('twins');
  mkdirSync(join(twins, 'a'), { recursive: true });
  writeFileSync(join(twins, 'a', 'x.md'), readFileSync(SEED));
  writeFileSync(join(twins, 'a', 'x.txt'), readFileSync(SEED));
  const outside = relative(process.cwd(), join(twins, 'a', 'x.md'));
  const outDirs: CliCase[] = [
    {
      name: '--out-dir gives a/x.md and a/x.txt names of their own instead of one a/x.json',
      args: ['parse', join(twins, 'a', 'x.md'), join(twins, 'a', 'x.txt'), '--out-dir', at('out-twins')],
      code: 0,
      stderr: new RegExp(`^wrote 2 reports to ${escape(at('out-twins'))}\n$`),
      stdout: (out) => {
        expect(out).toBe('');
        const where = join(at('out-twins'), twins.replace(/^\//, ''), 'a');
        expect(readdirSync(where).sort()).toEqual(['x.md.json', 'x.txt.json']);
      },
    },
    {
      name: '--out-dir keeps a path with .. inside the directory',
      args: ['parse', outside, join(twins, 'a', 'x.txt'), '--out-dir', at('out-up'), '--quiet'],
      code: 0,
      stdout: () => {
        expect(outside.startsWith('..')).toBe(true);
        const files = (readdirSync(at('out-up'), { recursive: true }) as string[]).filter((f) => f.endsWith('.json'));
        expect(files.sort()).toEqual([join(twins.replace(/^\//, ''), 'a', 'x.md.json'), join(twins.replace(/^\//, ''), 'a', 'x.txt.json')].sort());
      },
    },
    {
      name: '--out-dir refuses, before writing anything, when a file to write exists',
      args: ['parse', join(twins, 'a', 'x.md'), join(twins, 'a', 'x.txt'), '--out-dir', at('out-twins')],
      code: EXIT.usage,
      stderr: /^inspect: .*x\.(md|txt)\.json: already exists \(and 1 more\); give --force to overwrite\n$/,
    },
    {
      name: '--out-dir --force overwrites',
      args: ['parse', join(twins, 'a', 'x.md'), join(twins, 'a', 'x.txt'), '--out-dir', at('out-twins'), '--force', '--quiet'],
      code: 0,
    },
  ];

  /** The plan of a report that prints no date. */
  const undated = at('undated.csv');
  const undatedPlan: CliCase[] = [
    {
      name: 'action-plan for a report with no date fills its due dates with "due date not set: run with --from DATE"',
      args: ['action-plan', NO_DATE, '--out', undated, '--force', '--quiet'],
      code: 0,
      stderr: /no-report-date/,
      stdout: () => expect(readFileSync(undated, 'utf8')).toMatch(/,Within 3 months,due date not set: run with --from DATE,/),
    },
    {
      name: 'action-plan status of that plan counts its rows as not started, none broken, and says once why dates are missing',
      args: ['action-plan', 'status', undated, '--as-of', '2024-01-01', '--totals', '--format', 'json'],
      code: 0,
      stderr: new RegExp(`^inspect: ${escape(undated)}: due date not set on 2 rows \\(the report gives no date to count from\\): write the plan again with \`inspect action-plan <report> --from DATE\`\n$`),
      stdout: (out) => expect(JSON.parse(out)).toMatchObject({ notStarted: 2, broken: 0, total: 2 }),
    },
    {
      name: 'action-plan --from gives such a report its due dates',
      args: ['action-plan', NO_DATE, '--from', '2024-03-01', '--format', 'csv'],
      code: 0,
      stdout: (out) => expect(out).toMatch(/,Within 3 months,2024-06-01,/),
    },
  ];


  return [...unreadable, ...indexOnly, ...batches, ...optionErrors, ...formats, ...messages, ...outDirs, ...undatedPlan];
}

runCases('the contract of every command', contractCases);

/** Run in-process with streams that say they are terminals. */
async function onTerminal(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = Object.assign(new PassThrough(), { isTTY: true });
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk));
  stderr.on('data', (chunk: Buffer) => (err += chunk));
  const input = Object.assign(Readable.from([Buffer.from(stdin)]), { isTTY: true });
  const code = await run(args, { stdin: input, stdout, stderr, env: {} });
  return { code, stdout: out, stderr: err };
}

describe('on a terminal', () => {
  it('adds the usage hint on a second line of an option error', async () => {
    const result = await onTerminal(['parse', '--bogus']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `inspect: unknown option '--bogus'\n(run "inspect parse --help" for usage)\n` });
  });

  it('says on stderr that `inspect parse -` is waiting for standard input', async () => {
    const result = await onTerminal(['parse', '-', '--compact'], readFileSync(SEED, 'utf8'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('reading a report from standard input (paste it, then press Ctrl-D; or give a file name)\n');
    expect(JSON.parse(result.stdout).findings).toHaveLength(82);
  });

  it('says nothing of standard input with --quiet, or when it is not a terminal', async () => {
    expect((await onTerminal(['parse', '-', '--quiet'], readFileSync(SEED, 'utf8'))).stderr).toBe('');
    expect((await runInProcess(['parse', '-'], readFileSync(SEED, 'utf8'))).stderr).toBe('');
  });
});

describe('--help', () => {
  const io = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough() };
  const commands = allCommands(createProgram(io).program);

  it('knows every command there is', () => {
    expect(commands.map(commandPath).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  for (const command of commands) {
    const path = commandPath(command);
    it(`of \`${path}\` ends with examples that run it`, async () => {
      const result = await runInProcess([...path.split(' ').slice(1), '--help']);
      expect(result.code).toBe(0);
      const examples = result.stdout.split('\nExamples:\n')[1];
      expect(examples, result.stdout).toBeDefined();
      const lines = examples!.trimEnd().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines) expect(line).toMatch(/^ {2}(\S.*)?\binspect /);
    });
  }

  it('the README Security section names every command that can write a file', () => {
    const security = readFileSync('README.md', 'utf8').split('\n## Security\n')[1]!.split('\n## ')[0]!;
    const writers = commands.filter((c) => c.options.some((o) => o.long === '--out' || o.long === '--out-dir') || c.name() === 'index');
    expect(writers.map(commandPath).sort()).toEqual(['inspect action-plan write', 'inspect export', 'inspect index', 'inspect parse']);
    for (const writer of writers) expect(security).toContain(`| \`${commandPath(writer).replace(/ write$/, '')} `);
  });

  it('prints the version of package.json', async () => {
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect((await runInProcess(['--version'])).stdout).toBe(`${VERSION}\n`);
  });
});

describe('inspect completion', () => {
  const script = async (shell: string) => {
    const result = await runInProcess(['completion', shell]);
    expect(result.code).toBe(0);
    const path = at(`completion.${shell}`);
    writeFileSync(path, result.stdout);
    return path;
  };
  /** What bash completes for the words typed so far (the last one being completed). */
  const bashComplete = (path: string, words: string[]) =>
    spawnSync('bash', ['-c', `source ${path}; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _inspect; printf '%s\\n' "\${COMPREPLY[@]}"`], {
      encoding: 'utf8',
    });

  it('bash: completes commands, options and their choices, from the same declarations as --help', async () => {
    const path = await script('bash');
    expect(spawnSync('bash', ['-n', path]).status).toBe(0);
    expect(bashComplete(path, ['inspect', 'pa']).stdout).toBe('parse\n');
    expect(bashComplete(path, ['inspect', 'parse', '--reg']).stdout).toBe('--region\n');
    expect(bashComplete(path, ['inspect', 'parse', '--region', '']).stdout).toBe('england-and-wales\nscotland\nnorthern-ireland\n');
    expect(bashComplete(path, ['inspect', 'query', SEED, '--format', '']).stdout).toBe('table\njson\nndjson\ncsv\n');
    expect(bashComplete(path, ['inspect', 'action-plan', 'status', '--format', '']).stdout).toBe('table\njson\ncsv\n');
    expect(bashComplete(path, ['inspect', 'action-plan', SEED, '--ca']).stdout).toBe('--carry-forward\n');
    expect(bashComplete(path, ['inspect', 'completion', '']).stdout).toBe('bash\nzsh\nfish\n');
  });

  const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

  it.skipIf(!has('zsh'))('zsh: is a script zsh reads, defining the completion function', async () => {
    const path = await script('zsh');
    expect(spawnSync('zsh', ['-n', path]).status).toBe(0);
    const loaded = spawnSync('zsh', ['-c', `autoload -U compinit && compinit -u && source ${path} && print -r -- $_comps[inspect]`], { encoding: 'utf8' });
    expect(loaded.stdout.trim()).toBe('_inspect');
  });

  it.skipIf(!has('fish'))('fish: completes commands and option choices', async () => {
    const path = await script('fish');
    const complete = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', `source ${path}; complete -C '${line}'`], { encoding: 'utf8' }).stdout.split('\n').map((l) => l.split('\t')[0]);
    expect(complete('inspect pa')).toContain('parse');
    expect(complete('inspect parse --region ')).toEqual(expect.arrayContaining(['england-and-wales', 'scotland', 'northern-ireland']));
    expect(complete('inspect query --format ')).not.toContain('ics');
  });

  it('refuses a shell it does not know', async () => {
    const result = await runInProcess(['completion', 'tcsh']);
    expect(result).toMatchObject({ code: 2, stderr: "inspect: command-argument value 'tcsh' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.\n" });
  });
});

it('exits with a code the README documents, for every code there is', () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.split('### Exit codes')[1]!.split('\n## ')[0]!;
  for (const code of Object.values(EXIT)) expect(table).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
});
