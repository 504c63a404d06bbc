/**
 * `inspect parse` on HTML, DOCX and PDF from the outside: one table of cases,
 * run in-process through `run()` and again as a real subprocess.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runSubprocess, type CliResult } from '../helpers/cli.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac';
const dir = mkdtempSync(join(tmpdir(), 'inspect-formats-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const fragment = file('fragment.txt', '<h2>1 Findings</h2><p>1.1 <em>An extract set in italics, long enough to count.</em></p>');
const notZip = file('broken.docx', 'this was never a Word document');
const oldWord = file('old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
const truncated = file('cut.pdf', readFileSync(`${SEED}/input.pdf`).subarray(0, 4000));

interface Case {
  name: string;
  args: string[];
  stdin?: string | Buffer;
  code: number;
  stdout?: (out: string) => void;
  stderr?: RegExp;
}

const report = (out: string) => JSON.parse(out) as { source: { format: string; path: string }; findings: Array<{ id: string; jointReport: unknown }>; recommendations: Array<{ due: string }> };

const cases: Case[] = [
  {
    name: 'parses the seed PDF into its 82 findings and 11 dated recommendations',
    args: ['parse', `${SEED}/input.pdf`],
    code: 0,
    stdout: (out) => {
      const r = report(out);
      expect(r.source.format).toBe('pdf');
      expect(r.findings).toHaveLength(82);
      expect(r.recommendations.map((x) => x.due)).toEqual([...Array(3).fill('2010-11-23'), ...Array(8).fill('2011-02-23')]);
    },
  },
  {
    name: 'parses a DOCX',
    args: ['parse', `${SEED}/input.docx`, '--compact'],
    code: 0,
    stdout: (out) => expect([report(out).source.format, report(out).findings.length]).toEqual(['docx', 82]),
  },
  {
    name: 'reads HTML from standard input, knowing it by its doctype',
    args: ['parse', '-'],
    stdin: readFileSync(`${SEED}/input.html`),
    code: 0,
    stdout: (out) => expect([report(out).source.path, report(out).source.format, report(out).findings.length]).toEqual(['-', 'html', 82]),
  },
  {
    name: 'reads a PDF from standard input, knowing it by its header',
    args: ['parse', '-'],
    stdin: readFileSync('fixtures/ofsted-newham-ilacs-2019/input.pdf'),
    code: 0,
    stdout: (out) => expect([report(out).source.format, report(out).findings.length]).toEqual(['pdf', 44]),
  },
  {
    name: 'reads a file as the format --input-format names',
    args: ['parse', fragment, '--input-format', 'html'],
    code: 0,
    stdout: (out) => expect(report(out).findings.map((f) => [f.id, f.jointReport])).toEqual([['1.1', true]]),
  },
  {
    name: 'refuses an encrypted PDF',
    args: ['parse', 'fixtures/formats/encrypted.pdf'],
    code: 4,
    stderr: /^inspect: fixtures\/formats\/encrypted\.pdf: is an encrypted PDF that needs a password; save an unprotected copy first\n$/,
  },
  {
    name: 'refuses a scanned PDF without a text layer',
    args: ['parse', 'fixtures/formats/scanned.pdf'],
    code: 4,
    stderr: /^inspect: fixtures\/formats\/scanned\.pdf: is a PDF with no text layer \(1 page of images\?\); run OCR on it first\n$/,
  },
  { name: 'refuses a truncated PDF', args: ['parse', truncated], code: 4, stderr: /cut\.pdf: is not a readable PDF/ },
  { name: 'refuses a .docx that is not a zip', args: ['parse', notZip], code: 4, stderr: /broken\.docx: is not a valid DOCX file \(not a readable zip archive\)\n$/ },
  { name: 'refuses an old binary .doc', args: ['parse', oldWord], code: 4, stderr: /old\.doc: is a Word 97-2003 \.doc file .*save it as \.docx or PDF\n$/ },
  {
    name: 'reads a PDF named as markdown as what it is not, and says why',
    args: ['parse', `${SEED}/input.pdf`, '--input-format', 'md'],
    code: 4,
    stderr: /input\.pdf: is a binary file/,
  },
  { name: 'rejects an unknown --input-format', args: ['parse', fragment, '--input-format', 'rtf'], code: 2, stderr: /Allowed choices are md, markdown, text-from-pdf, html, docx, pdf/ },
  { name: 'rejects --input-format with several inputs', args: ['parse', fragment, fragment, '--input-format', 'html'], code: 2, stderr: /--input-format applies to a single input/ },
  {
    name: 'lets the other commands read a PDF too',
    args: ['recommendations', `${SEED}/input.pdf`, '--format', 'json'],
    code: 0,
    stdout: (out) => expect((JSON.parse(out) as Array<{ kind: string }>).filter((row) => row.kind === 'recommendation')).toHaveLength(11),
  },
];

function check(result: CliResult, c: Case): void {
  expect(result.code, result.stderr).toBe(c.code);
  if (c.stderr) {
    expect(result.stderr).toMatch(c.stderr);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }
  if (c.code !== 0 && c.code !== 2) expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  c.stdout?.(result.stdout);
}

describe.each([
  ['in-process', (args: string[], stdin?: string | Buffer) => runInProcess(args, stdin as string)],
  ['subprocess', async (args: string[], stdin?: string | Buffer) => runSubprocess(args, stdin as string)],
])('inspect parse on documents (%s)', (_mode, runCli) => {
  for (const c of cases) it(c.name, async () => check(await runCli(c.args, c.stdin), c));
});
