/**
 * `inspect validate <files…>`: check report text or report JSON against the
 * rules and print each problem, then a summary. Exit 0 when clean (or only
 * warnings), 1 when errors were found (or more warnings than
 * --max-warnings), 2 when it could not run: bad arguments or settings, a
 * file that is missing, unreadable, empty or binary.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { readRuleOption, type Setting } from '../rules/rule.js';
import { CliError, EXIT } from './exit-codes.js';
import { colorLevel } from './format-option.js';
import { write, type Context } from './io.js';
import { Outcome } from './outcome.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

interface ValidateFlags {
  format: (typeof FORMATS)[number];
  rule: Array<[string, Setting]>;
  maxWarnings?: number;
  listRules?: boolean;
}

export function registerValidate(program: Command, context: Context): void {
  program
    .command('validate')
    .description('check reports, or report JSON, for problems: numbering, header fields, dates, timescales, stray markers')
    .argument('[files...]', 'reports (.md, .txt, .html, .docx, .pdf), JSON printed by `inspect parse`, directories of reports, or "-" for standard input')
    .addOption(new Option('--format <format>', 'how to print the problems').choices(FORMATS).default('text'))
    .addOption(
      new Option('--rule <rule=level>', 'set a rule to off, warning or error (repeatable; over .inspectrc.json)')
        .argParser(collectRule)
        .default([], 'none'),
    )
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(wholeNumber))
    .option('--list-rules', 'print every rule: id, default severity and description')
    .addHelpText(
      'after',
      '\nSettings are read from the nearest .inspectrc.json at or above each file, e.g.\n  {"rules": {"header-missing-chief-executive": "off"}}\nExit codes: 0 no errors, 1 errors (or too many warnings), 2 bad options or settings, 3 to 5 the only file could not be read, 6 some files could not be read.',
    )
    .action(async (files: string[], flags: ValidateFlags, command: Command) => {
      const { io } = context;
      if (flags.listRules) return listRules(context, flags.format, command);
      if (files.length === 0) throw new CliError('validate: no files given (give report paths, or "-" for standard input)', EXIT.usage);
      if (files.filter((file) => file === '-').length > 1) throw new CliError('"-" (standard input) can be given only once', EXIT.usage);

      const [{ validateInput, summarize, fails, createConfigLoader, checkRuleId, ConfigError }, { readBytes }, { InputError }, { expandInputs, DEFAULT_MATCH }, path] =
        await Promise.all([
          import('../validate/index.js'),
          import('./read-report.js'),
          import('../read/input.js'),
          import('../batch/walk.js'),
          import('node:path'),
        ]);
      const settingError = (error: unknown) => {
        if (error instanceof ConfigError) return new CliError(`${error.path ?? 'validate --rule'}: ${error.message}`, EXIT.usage);
        return error;
      };
      const overrides = Object.fromEntries(
        flags.rule.map(([id, level]) => {
          try {
            return [checkRuleId(id), level];
          } catch (error) {
            throw settingError(error);
          }
        }),
      );
      const loadConfig = createConfigLoader();
      const results = [];
      const outcome = new Outcome();
      // Directories are walked for *.md, *.markdown and *.txt, as `inspect parse` walks them.
      for await (const file of expandInputs(files, { match: DEFAULT_MATCH })) {
        try {
          const bytes = await readBytes(file, io);
          const config = await loadConfig(file === '-' ? process.cwd() : path.dirname(path.resolve(file))).catch((error: unknown) => {
            throw settingError(error);
          });
          // Every format `inspect parse` reads, the same way (validateInput).
          results.push(...(await validateInput(bytes, { path: file, rules: { ...config.rules, ...overrides } })));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          io.stderr.write(`inspect: ${error.message}\n`);
          outcome.failed(error.problem);
          continue;
        }
        outcome.ok();
      }

      if (outcome.seen === 0) throw new CliError(`no report files (*.md, *.markdown, *.txt) found in ${files.join(', ')}`, EXIT.unreadable);
      // The only file could not be read: its exit code, and no summary of nothing.
      if (outcome.seen === 1 && outcome.nothingRead) {
        context.exitCode = outcome.code();
        return;
      }
      const summary = summarize(results);
      if (flags.format === 'json') {
        await write(io.stdout, `${JSON.stringify({ files: results, summary }, null, 2)}\n`);
      } else if (flags.format === 'sarif') {
        await write(io.stdout, await sarif(results, command));
      } else if (results.length > 0) {
        const { formatLintText } = await import('../format/lint-text.js');
        const options = { color: colorLevel(io) > 0, ...(flags.maxWarnings !== undefined && { maxWarnings: flags.maxWarnings }) };
        await write(io.stdout, formatLintText(results, options));
      }
      context.exitCode = outcome.failedCount > 0 ? outcome.code() : fails(summary, flags.maxWarnings) ? EXIT.found : EXIT.ok;
    });
}

/** `--rule numbering-gap=error`, repeatable. The level is checked here; the rule id once the rules are loaded. */
function collectRule(value: string, previous: Array<[string, Setting]>): Array<[string, Setting]> {
  try {
    return [...previous, readRuleOption(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`expected a whole number of 0 or more, got "${value}"`);
  return n;
}

async function listRules(context: Context, format: ValidateFlags['format'], command: Command): Promise<void> {
  const { documentedRules: rules } = await import('../rules/index.js');
  if (format === 'json') return write(context.io.stdout, `${JSON.stringify(rules, null, 2)}\n`);
  if (format === 'sarif') return write(context.io.stdout, await sarif([], command));
  const id = Math.max(...rules.map((rule) => rule.id.length));
  const source = Math.max(...rules.map((rule) => rule.source.length));
  const lines = rules.map((rule) => `${rule.id.padEnd(id)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.source.padEnd(source)}  ${rule.description}`);
  return write(context.io.stdout, `${lines.join('\n')}\n`);
}

async function sarif(results: Parameters<typeof import('../format/sarif.js').formatSarif>[0], command: Command): Promise<string> {
  const [{ formatSarif }, { allRules }] = await Promise.all([import('../format/sarif.js'), import('../rules/index.js')]);
  return formatSarif(results, { rules: allRules, version: command.parent?.version() ?? '0.0.0' });
}
