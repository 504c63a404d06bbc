/**
 * `inspect validate` from the outside: one table of cases, run in-process
 * through `run()` and again as a real subprocess. Exit codes: 0 clean or
 * warnings only, 1 errors (or more warnings than --max-warnings), 2 could
 * not run.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { allRules, documentedRules } from '../../src/rules/index.js';
import { runCases, runInProcess, type CliCase } from '../helpers/cli.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const CLEAN = 'fixtures/rules/numbering-gap/ok.md';
const seedText = readFileSync(SEED, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'inspect-validate-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

const empty = file('empty.md', '');
const emptyDir = join(dir, 'no-reports');
mkdirSync(emptyDir);
const binary = file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
const prose = file('prose.txt', 'Dear reader,\n\nThis is a shopping list: eggs, milk and bread.\n');
const schemaBroken = readFileSync('fixtures/rules/json-schema/triggers.json', 'utf8');
// An Ofsted-style report that names no chief executive, under a folder whose config turns that rule off.
const ofsted = readFileSync('fixtures/rules/header-missing-chief-executive/triggers.md', 'utf8');
file('configured/.inspectrc.json', JSON.stringify({ rules: { 'header-missing-chief-executive': 'off' } }));
const configured = file('configured/2013/norfolk.md', ofsted);
const unconfigured = file('plain/norfolk.md', ofsted);
file('bad-config/.inspectrc.json', '{"rules": {"numbering-gaps": "off"}}');
const underBadConfig = file('bad-config/report.md', ofsted);


const summaryOf = (out: string) => out.trimEnd().split('\n').at(-1);

const cases: CliCase[] = [
  {
    name: 'exits 0 on the seed: its seven problems are warnings',
    args: ['validate', SEED],
    code: 0,
    stdout: (out) => expect(summaryOf(out)).toBe('7 problems (0 errors, 7 warnings)'),
  },
  { name: 'exits 0 with --max-warnings at the number of warnings', args: ['validate', SEED, '--max-warnings', '7'], code: 0 },
  {
    name: 'exits 1 with more warnings than --max-warnings',
    args: ['validate', SEED, '--max-warnings', '6'],
    code: 1,
    stdout: (out) => expect(summaryOf(out)).toBe('7 problems (0 errors, 7 warnings): more warnings than --max-warnings 6'),
  },
  {
    name: 'exits 1 when --rule makes a warning an error',
    args: ['validate', SEED, '--rule', 'numbering-gap=error'],
    code: 1,
    stdout: (out) => expect(out).toMatch(/:130:1 +error +Unexpected `3\.13` after `3\.11`, expected `3\.12` +numbering-gap$/m),
  },
  {
    name: 'prints no problems when --rule turns off every rule that fires',
    args: ['validate', SEED, '--rule', 'numbering-gap=off', '--rule', 'paragraph-continuation=off', '--rule', 'emphasis-stray=off'],
    code: 0,
    stdout: (out) => expect(out).toBe('no problems\n'),
  },
  {
    name: 'prints each file’s problems, then one summary',
    args: ['validate', CLEAN, SEED, prose],
    code: 1,
    stdout: (out) => {
      const files = out.split('\n').filter((line) => /:\d+:\d+ /.test(line)).map((line) => line.split(':')[0]);
      expect([...new Set(files)]).toEqual([SEED, prose]);
      expect(summaryOf(out)).toBe('14 problems (1 error, 13 warnings) in 2 of 3 files');
    },
  },
  {
    name: 'exits 1 on text that is not a report',
    args: ['validate', prose],
    code: 1,
    stdout: (out) => expect(out).toMatch(/prose\.txt:1:1 +error +No headings, numbered paragraphs or header fields.* +not-a-report$/m),
  },
  {
    name: 'reports every schema problem of report JSON on standard input, with its path',
    args: ['validate', '-'],
    stdin: schemaBroken,
    code: 1,
    stdout: (out) => {
      expect(out).toMatch(/^<stdin>:42:32 +error +findings\[0\]\.position\.start\.line: expected number, received string +json-schema$/m);
      expect(summaryOf(out)).toBe('3 problems (3 errors, 0 warnings)');
    },
  },
  {
    name: 'checks the JSON that `inspect parse` printed like the report itself',
    args: ['validate', '-'],
    stdin: '',
    code: 0,
    stdout: (out) => expect(summaryOf(out)).toBe('7 problems (0 errors, 7 warnings)'),
  },
  {
    name: 'prints JSON with --format json',
    args: ['validate', SEED, CLEAN, '--format', 'json'],
    code: 0,
    stdout: (out) => {
      const json = JSON.parse(out);
      expect(json.files.map((f: { path: string; input: string; problems: unknown[] }) => [f.path, f.input, f.problems.length])).toEqual([
        [SEED, 'report', 7],
        [CLEAN, 'report', 0],
      ]);
      expect(json.files[0].problems[1]).toMatchObject({ rule: 'numbering-gap', severity: 'warning', position: { start: { line: 130, column: 1 } } });
      expect(json.summary).toEqual({ files: 2, filesWithProblems: 1, errors: 0, warnings: 7 });
    },
  },
  {
    name: 'prints SARIF 2.1.0 with --format sarif',
    args: ['validate', SEED, '--format', 'sarif'],
    code: 0,
    stdout: (out) => {
      const sarif = JSON.parse(out);
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(allRules.map((r) => r.id));
      expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('numbering-gap');
      expect(sarif.runs[0].results[1].locations[0].physicalLocation).toEqual({
        artifactLocation: { uri: SEED },
        region: expect.objectContaining({ startLine: 130, startColumn: 1 }),
      });
    },
  },
  {
    name: 'lists every rule id a diagnostic can carry, validate\'s and the readers\' and parser\'s, with severity, source and description',
    args: ['validate', '--list-rules'],
    code: 0,
    stdout: (out) => {
      const rows = out.trimEnd().split('\n').map((line) => line.split(/\s{2,}/));
      expect(rows.map(([id, severity]) => [id, severity])).toEqual(documentedRules.map((r) => [r.id, r.defaultSeverity]));
      expect(rows.slice(0, allRules.length).every((row) => row[2] === 'validate')).toBe(true);
      expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(['pdf-two-columns', 'grid-unread', 'kind-unknown', 'docx-numbering']));
      expect(rows.every((row) => row.length === 4 && row[3]!.length > 10)).toBe(true);
    },
  },
  {
    name: 'lists the rules as JSON',
    args: ['validate', '--list-rules', '--format', 'json'],
    code: 0,
    stdout: (out) => expect(JSON.parse(out).find((r: { id: string }) => r.id === 'header-missing-chief-executive')).toMatchObject({ defaultSeverity: 'warning' }),
  },
  {
    name: 'reads .inspectrc.json from a folder above the file',
    args: ['validate', configured],
    code: 0,
    stdout: (out) => expect(out).toBe('no problems\n'),
  },
  {
    name: 'fires the rule where no config turns it off',
    args: ['validate', unconfigured],
    code: 0,
    stdout: (out) => expect(out).toMatch(/norfolk\.md:3:1 +warning +The header gives no chief executive +header-missing-chief-executive$/m),
  },
  { name: 'lets --rule override the config file', args: ['validate', configured, '--rule', 'header-missing-chief-executive=error'], code: 1 },
  { name: 'exits 2 on a config file naming an unknown rule', args: ['validate', underBadConfig], code: 2, stderr: /^inspect: .*bad-config\/\.inspectrc\.json: unknown rule "numbering-gaps" \(did you mean "numbering-gap"\?/ },
  { name: 'exits 2 on --rule for an unknown rule', args: ['validate', SEED, '--rule', 'numbering-gaps=off'], code: 2, stderr: /unknown rule "numbering-gaps" \(did you mean "numbering-gap"\?/ },
  { name: 'exits 2 on --rule with an unknown level', args: ['validate', SEED, '--rule', 'numbering-gap=fatal'], code: 2, stderr: /"fatal" is not a level for numbering-gap/ },
  { name: 'exits 2 on a --max-warnings that is not a count', args: ['validate', SEED, '--max-warnings', '-1'], code: 2, stderr: /expected a whole number of 0 or more/ },
  { name: 'exits 2 on an unknown format', args: ['validate', SEED, '--format', 'xml'], code: 2, stderr: /Allowed choices are text, json, sarif/ },
  { name: 'exits 2 with no files', args: ['validate'], code: 2, stderr: /no files given/ },
  { name: 'exits 2 on standard input given twice', args: ['validate', '-', '-'], code: 2, stderr: /can be given only once/ },
  { name: 'exits 3 on a missing file', args: ['validate', join(dir, 'nope.md')], code: 3, stderr: /^inspect: .*nope\.md: no such file\n$/ },
  {
    name: 'checks the report files of a directory',
    args: ['validate', 'fixtures/rules/numbering-gap'],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/^fixtures\/rules\/numbering-gap\/triggers\.md:14:1 +warning +Unexpected `1\.3` after `1\.1`, expected `1\.2` +numbering-gap$/m);
      expect(summaryOf(out)).toBe('1 problem (0 errors, 1 warning) in 1 of 2 files');
    },
  },
  { name: 'exits 3 on a directory with no report files', args: ['validate', emptyDir], code: 3, stderr: /no report files \(\*\.md, \*\.markdown, \*\.txt\) found in/ },
  { name: 'exits 4 on an empty file', args: ['validate', empty], code: 4, stderr: /empty\.md: is empty\n$/ },
  { name: 'exits 4 on a binary file', args: ['validate', binary], code: 4, stderr: /image\.md: is a binary file/ },
  {
    withResult: true,
    name: 'still checks the other files when one cannot be read, and exits 6',
    args: ['validate', SEED, join(dir, 'nope.md')],
    code: 6,
    stdout: (out) => expect(summaryOf(out)).toBe('7 problems (0 errors, 7 warnings)'),
    stderr: /nope\.md: no such file/,
  },
];

// The JSON of `inspect parse` for the seed, worked out by the parse command itself.
const seedJson = await runInProcess(['parse', SEED]);
cases.find((c) => c.name.startsWith('checks the JSON'))!.stdin = seedJson.stdout;


runCases('inspect validate', cases, { resultCodes: [1] });

it('reads the seed text from standard input as from its file', async () => {
  const result = await runInProcess(['validate', '-'], seedText);
  expect(result.stdout.split('\n')[0]).toMatch(/^<stdin>:100:1 +warning +Paragraph continues finding `2\.4` across a break +paragraph-continuation$/);
});
