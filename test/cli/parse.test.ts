/**
 * `inspect parse` and `inspect schema` from the outside: one table of cases,
 * run in-process through `run()` and again as a real subprocess.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runCases, type CliCase } from '../helpers/cli.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const dir = mkdtempSync(join(tmpdir(), 'inspect-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const empty = file('empty.md', '');
const blank = file('blank.md', '  \n\n\t\n');
const binary = file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
const latin1 = file('latin1.md', Buffer.from('Caf\xe9 report\n', 'latin1'));
// 0x81 is no character in Windows-1252 (nor in UTF-8 here): no plausible encoding.
const notText = file('not-text.md', Buffer.from('Caf\x81 report\n', 'latin1'));
const prose = file('prose.txt', 'Dear reader,\n\nThis is a shopping list: eggs, milk and bread.\n');
const unreadable = file('secret.md', '# Report\n');
chmodSync(unreadable, 0o000);
const runningAsRoot = process.getuid?.() === 0;
const emptyDir = mkdtempSync(join(tmpdir(), 'inspect-empty-'));


const cases: CliCase[] = [
  {
    name: 'prints the seed as JSON with its 82 findings',
    args: ['parse', SEED],
    code: 0,
    stdout: (out) => {
      const report = JSON.parse(out);
      expect(report.findings).toHaveLength(82);
      expect(report.source.path).toBe(SEED);
      expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    },
  },
  {
    name: 'reads standard input for "-"',
    args: ['parse', '-'],
    stdin: '## 1 Findings\n\n1.1 First.\n\n1.2 Second.\n',
    code: 0,
    stdout: (out) => {
      const report = JSON.parse(out);
      expect(report.source.path).toBe('-');
      expect(report.findings.map((f: { id: string }) => f.id)).toEqual(['1.1', '1.2']);
    },
  },
  {
    name: 'prints one line with --compact',
    args: ['parse', SEED, '--compact'],
    code: 0,
    stdout: (out) => expect(out.trimEnd().split('\n')).toHaveLength(1),
  },
  { name: 'refuses a missing file', args: ['parse', join(dir, 'nope.md')], code: 3, stderr: /^inspect: .*nope\.md: no such file\n$/ },
  { name: 'says so when a directory holds no reports', args: ['parse', emptyDir], code: 3, stderr: /no report files \(\*\.\{md,markdown,txt\}\) found in/ },
  { name: 'refuses an empty file', args: ['parse', empty], code: 4, stderr: /empty\.md: is empty\n$/ },
  { name: 'refuses a whitespace-only file', args: ['parse', blank], code: 4, stderr: /blank\.md: contains only whitespace\n$/ },
  { name: 'refuses an image under a text name, saying what it is', args: ['parse', binary], code: 4, stderr: /image\.md: is a PNG image\n$/ },
  {
    name: 'reads Latin-1 text that fits Windows-1252 as such, and warns that it guessed',
    args: ['parse', latin1],
    code: 0,
    stdout: (out) => expect(JSON.parse(out).diagnostics.map((d: { rule: string }) => d.rule)).toContain('encoding-guessed'),
  },
  { name: 'refuses text that fits no plausible encoding', args: ['parse', notText], code: 4, stderr: /not-text\.md: is not valid UTF-8 \(first bad byte at offset 3\)/ },
  {
    name: 'refuses an unreadable file',
    args: ['parse', unreadable],
    code: 3,
    stderr: /secret\.md: permission denied/,
    skip: runningAsRoot,
  },
  {
    name: 'gives a valid model with a diagnostic for readable text that is not a report',
    args: ['parse', prose],
    code: 0,
    stdout: (out) => expect(JSON.parse(out).diagnostics.map((d: { rule: string }) => d.rule)).toContain('not-a-report'),
  },
  { name: 'rejects a malformed --from date', args: ['parse', SEED, '--from', '2010-02-30'], code: 2, stderr: /expected a date as YYYY-MM-DD/ },
  { name: 'rejects an unknown region', args: ['parse', SEED, '--region', 'wales'], code: 2, stderr: /Allowed choices are england-and-wales, scotland, northern-ireland/ },
  { name: 'rejects an unknown command', args: ['frobnicate'], code: 2, stderr: /unknown command 'frobnicate'/ },
  {
    name: 'prints the JSON Schema of the output',
    args: ['schema'],
    code: 0,
    stdout: (out) => {
      const schema = JSON.parse(out);
      expect(schema.$schema).toMatch(/2020-12/);
      expect(schema.required).toEqual(expect.arrayContaining(['findings', 'recommendations', 'metadata', 'source']));
    },
  },
];


runCases('inspect parse', cases);
