/**
 * Files nobody meant as reports, or meant to break a parser: one table, each
 * input with the behaviour it must get — a one-line error with its exit code,
 * or a model that keeps the text (with diagnostics where there is something to
 * say). Every case runs as a real subprocess, the cheap ones in-process too.
 * Inputs are written to a temporary directory at test time; nothing large is
 * committed.
 *
 * Bounded for CI: the 50 MB report is in the benchmark (`npm run bench`), not
 * here (it takes about 90 s and 3 GB here); this table reads 5 MB. Nesting
 * past 32 levels is flattened before remark (src/read/nesting.ts): 100,000
 * levels and a 3,000-level list are read whole, each within a generous
 * bound (`within`), where remark alone would take minutes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/index.js';
import { checkCase, runInProcess, runSubprocess, type CliCase } from '../helpers/cli.js';
import { LIMIT_SECONDS, writeSlowReport } from '../helpers/slow.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const seedText = readFileSync(SEED, 'utf8');
const seed = parseReport(seedText);
const dir = mkdtempSync(join(tmpdir(), 'inspect-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneReport = (out: string): Report => JSON.parse(out);
const ndjson = (out: string): Report[] => out.trimEnd().split('\n').filter(Boolean).map((line) => JSON.parse(line));
const facts = (r: Report) => ({
  title: r.title,
  fields: r.metadata.fields.map((f) => [f.label, f.value]),
  findings: r.findings.map((f) => [f.id, f.text, f.jointReport, f.paragraphs]),
  recommendations: r.recommendations.map((x) => [x.group, x.text]),
});

// Text that is not UTF-8, or not text.
const empty = file('empty.md', '');
const blank = file('blank.md', ' \t\r\n\n\u00a0  \n');
const nul = file('nul.md', Buffer.from('# Report\n\n\u0000\u0001\u0002\n'));
const lateNul = file('late-nul.md', `${'1.1 The service is good.\n\n'.repeat(1000)}\u0000\n`);
const badByte = file('bad-byte.md', Buffer.from([0x23, 0x20, 0x41, 0xff, 0x0a]));
const cutShort = file('cut-short.md', Buffer.concat([Buffer.from('Report '), Buffer.from([0xe2, 0x80])]));
// "1.1 The “hub” is good." saved as Windows-1252: the quotes are the bytes 0x93 and 0x94.
const cp1252 = file('cp1252.md', Buffer.concat([Buffer.from('1.1 The '), Buffer.from([0x93]), Buffer.from('hub'), Buffer.from([0x94]), Buffer.from(' is good.\n')]));

// Other encodings and line endings of the seed.
const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
const utf16be = Buffer.from(utf16le);
utf16be.swap16();
const le = file('utf16le.md', utf16le);
const be = file('utf16be.md', utf16be);
const cr = file('cr.md', seedText.replace(/\r?\n/g, '\r'));

// Sizes and depths.
const WORDS = ['The', 'service', 'is', '“good”', 'and', 'children’s', 'care', '–', 'improving…', 'across', 'the', 'county;'];
const longLine = (() => {
  const parts: string[] = [];
  for (let length = 0, i = 0; length < 10_000_000; i++) {
    const word = WORDS[i % WORDS.length]!;
    parts.push(word);
    length += word.length + 1;
  }
  return `${parts.join(' ')}.`;
})();
const tenMegabyteLine = file('one-line.md', `## 1 General\n\n1.1 ${longLine}\n`);
const deepQuote = file('deep-quote.md', `${'>'.repeat(10_000)} text\n`);
const deepList = file('deep-list.md', `${'- '.repeat(2_000)}text\n`);
const deeperQuote = file('deeper-quote.md', `${'>'.repeat(100_000)} text\n`);
const deeperList = file('deeper-list.md', `${'- '.repeat(100_000)}text\n`);
const indentedList = file('indented-list.md', Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item ${i}\n`).join(''));
const stars = file('stars.md', `## 1 General\n\n1.1 The ${'*'.repeat(100_000)} end.\n`);
const underscores = file('underscores.md', `## 1 General\n\n1.1 The ${'_a '.repeat(100_000)}end.\n`);
const rule = file('rule.md', `${'*'.repeat(100_000)}\n`);
const copies = Math.ceil(5_000_000 / seedText.length);
const big = file('big.md', seedText.repeat(copies));
const slow = writeSlowReport(join(dir, 'slow.md'));

// Directories.
const loopDir = join(dir, 'loop');
mkdirSync(join(loopDir, 'sub'), { recursive: true });
writeFileSync(join(loopDir, 'report.md'), seedText);
symlinkSync('..', join(loopDir, 'sub', 'up'));
symlinkSync('.', join(loopDir, 'self'));
const danglingDir = join(dir, 'dangling');
mkdirSync(danglingDir);
writeFileSync(join(danglingDir, 'b-report.md'), seedText);
symlinkSync(join(dir, 'nowhere.md'), join(danglingDir, 'a-gone.md'));
const unreadable = file('unreadable.md', seedText);
chmodSync(unreadable, 0o000);
const runningAsRoot = process.getuid?.() === 0;

interface HostileCase extends CliCase {
  /** Too big or too slow to run twice: subprocess only. */
  heavy?: boolean;
  /** A generous bound in milliseconds on the subprocess (it is killed past it and the case fails): not a speed target. */
  within?: number;
}

const notText = (path: string, problem: string) => new RegExp(`^inspect: ${escape(path)}: ${escape(problem)}\n$`);

const cases: HostileCase[] = [
  { name: 'refuses an empty file with exit 4', args: ['parse', empty], code: 4, stderr: notText(empty, 'is empty') },
  {
    name: 'refuses a file of spaces, tabs, line breaks and a no-break space with exit 4',
    args: ['parse', blank],
    code: 4,
    stderr: notText(blank, 'contains only whitespace'),
  },
  {
    name: 'refuses NUL bytes as a binary file with exit 4',
    args: ['parse', nul],
    code: 4,
    stderr: notText(nul, 'is a binary file (it contains NUL bytes), not a report'),
  },
  {
    name: 'refuses a NUL byte 26 KB into the file too',
    args: ['parse', lateNul],
    code: 4,
    stderr: notText(lateNul, 'is a binary file (it contains NUL bytes), not a report'),
  },
  {
    name: 'refuses invalid UTF-8 with exit 4, naming the first bad byte',
    args: ['parse', badByte],
    code: 4,
    stderr: notText(badByte, 'is not valid UTF-8 (first bad byte at offset 3); convert it to UTF-8 first'),
  },
  {
    name: 'refuses UTF-8 cut off in the middle of a character',
    args: ['parse', cutShort],
    code: 4,
    stderr: notText(cutShort, 'is not valid UTF-8 (first bad byte at offset 7); convert it to UTF-8 first'),
  },
  {
    name: 'reads Windows-1252 smart quotes as Windows-1252, with an encoding-guessed warning naming it',
    args: ['parse', cp1252],
    code: 0,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.findings.map((f) => f.text)).toEqual(['The “hub” is good.']);
      expect(report.diagnostics.filter((d) => d.rule === 'encoding-guessed').map((d) => d.message)).toEqual([expect.stringContaining('Windows-1252')]);
    },
  },
  {
    name: 'reads Windows-1252 named with --encoding, with no warning',
    args: ['parse', cp1252, '--encoding', 'windows-1252'],
    code: 0,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.findings.map((f) => f.text)).toEqual(['The “hub” is good.']);
      expect(report.diagnostics.map((d) => d.rule)).not.toContain('encoding-guessed');
    },
  },
  {
    name: 'refuses an --encoding that names no encoding with exit 4',
    args: ['parse', cp1252, '--encoding', 'klingon'],
    code: 4,
    stderr: notText(cp1252, 'cannot be decoded: "klingon" is not an encoding (try windows-1252, iso-8859-1 or utf-8)'),
  },
  ...[
    ['LE', le, utf16le],
    ['BE', be, utf16be],
  ].map(
    ([order, path, bytes]): HostileCase => ({
      name: `reads UTF-16 ${order as string} with a byte-order mark as the seed, with the file's own size and hash`,
      args: ['parse', path as string],
      code: 0,
      stdout: (out) => {
        const report = oneReport(out);
        expect(report.findings).toHaveLength(82);
        expect(facts(report)).toEqual(facts(seed));
        expect(report.source.bytes).toBe((bytes as Buffer).length);
        expect(report.source.sha256).toBe(createHash('sha256').update(bytes as Buffer).digest('hex'));
      },
    }),
  ),
  {
    name: 'reads lone CR line endings as the seed, line for line',
    args: ['parse', cr],
    code: 0,
    stdout: (out) => {
      const report = oneReport(out);
      expect(facts(report)).toEqual(facts(seed));
      expect(report.findings.map((f) => f.position.start.line)).toEqual(seed.findings.map((f) => f.position.start.line));
    },
  },
  {
    name: 'reads one 10 MB line as one finding with all of its text',
    args: ['parse', tenMegabyteLine, '--compact'],
    code: 0,
    heavy: true,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.findings.map((f) => f.id)).toEqual(['1.1']);
      expect(report.findings[0]!.text).toBe(longLine);
      expect(report.findings[0]!.position.end).toEqual({ line: 3, column: 5 + longLine.length, offset: 18 + longLine.length });
    },
  },
  {
    name: 'reads 10,000 nested blockquote levels, keeping the text (no stack overflow)',
    args: ['parse', deepQuote],
    code: 0,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.preamble.map((p) => p.text)).toEqual(['text']);
      expect(report.diagnostics.map((d) => d.rule)).toEqual(['nesting-flattened', 'not-a-report']);
    },
  },
  {
    name: 'reads 2,000 nested list levels, keeping the text (no stack overflow)',
    args: ['parse', deepList],
    code: 0,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.preamble.map((p) => p.text)).toEqual(['text']);
      expect(report.diagnostics.map((d) => d.rule)).toEqual(['nesting-flattened', 'not-a-report']);
    },
  },
  {
    name: 'reads 100,000 nested blockquote levels within 20 s (0.3 s here): flattened to 32, the text kept, a warning on line 1',
    args: ['parse', deeperQuote],
    code: 0,
    within: 20_000,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.preamble.map((p) => p.text)).toEqual(['text']);
      expect(report.diagnostics.map((d) => [d.rule, d.position.start.line, d.actual])).toEqual([
        ['nesting-flattened', 1, '100000'],
        ['not-a-report', 1, undefined],
      ]);
    },
  },
  {
    name: 'reads 100,000 nested list levels on one line within 20 s, flattened to 32',
    args: ['parse', deeperList],
    code: 0,
    within: 20_000,
    stdout: (out) => expect(oneReport(out).preamble.map((p) => p.text)).toEqual(['text']),
  },
  {
    name: 'reads a 3,000-level nested list (9 MB) within 30 s (2 s here), every item kept, the lines past level 32 named',
    args: ['parse', indentedList, '--compact'],
    code: 0,
    heavy: true,
    within: 30_000,
    stdout: (out) => {
      const report = oneReport(out);
      const text = report.preamble.map((p) => p.text).join(' ');
      for (const i of [0, 32, 1500, 2999]) expect(text).toContain(`item ${i}`);
      const flattened = report.diagnostics.filter((d) => d.rule === 'nesting-flattened');
      expect(flattened.map((d) => [d.position.start.line, d.position.end.line])).toEqual([[33, 3000]]);
    },
  },
  {
    name: 'gives up on a file that takes longer than --timeout and reads the rest of the batch',
    // The clock counts a file's parse, not its worker's start: see helpers/slow.ts for the margins.
    args: ['parse', slow, SEED, '--timeout', String(LIMIT_SECONDS), '--jobs', '2'],
    code: 6,
    heavy: true,
    withResult: true,
    stderr: new RegExp(`^inspect: ${escape(slow)}: took longer than ${LIMIT_SECONDS}s to parse; skipped\n$`),
    stdout: (out) => expect(ndjson(out).map((r) => [r.source.path, r.findings.length])).toEqual([[SEED, 82]]),
  },
  {
    name: 'keeps a run of 100,000 `*` in a finding as the text it is',
    args: ['parse', stars, '--compact'],
    code: 0,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.findings.map((f) => [f.id, f.text])).toEqual([['1.1', `The ${'*'.repeat(100_000)} end.`]]);
    },
  },
  {
    name: 'keeps 100,000 unclosed `_` openers in a finding as text, and warns of them',
    args: ['parse', underscores, '--compact'],
    code: 0,
    heavy: true,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.findings.map((f) => [f.id, f.text])).toEqual([['1.1', `The ${'_a '.repeat(100_000)}end.`]]);
      expect(new Set(report.diagnostics.map((d) => d.rule))).toEqual(new Set(['emphasis-unclosed']));
    },
  },
  {
    name: 'reads a line of 100,000 `*` as a rule: no text, and a warning that this is not a report',
    args: ['parse', rule],
    code: 0,
    stdout: (out) => {
      const report = oneReport(out);
      expect([report.preamble, report.sections, report.findings]).toEqual([[], [], []]);
      expect(report.diagnostics.map((d) => d.rule)).toEqual(['not-a-report']);
    },
  },
  {
    name: `reads a 5 MB report of ${copies} copies of the seed with 82 findings and 11 recommendations each`,
    args: ['parse', big, '--compact'],
    code: 0,
    heavy: true,
    stdout: (out) => {
      const report = oneReport(out);
      expect(report.findings).toHaveLength(82 * copies);
      expect(report.recommendations).toHaveLength(11 * copies);
      expect(report.findings.slice(-82).map((f) => [f.id, f.text])).toEqual(seed.findings.map((f) => [f.id, f.text]));
    },
  },
  {
    name: 'walks a directory with symlink loops once, reading its one report once',
    args: ['parse', loopDir],
    code: 0,
    stdout: (out) => expect(ndjson(out).map((r) => [r.source.path, r.findings.length])).toEqual([[join(loopDir, 'report.md'), 82]]),
  },
  {
    name: 'reports a dangling symlink as missing and reads the rest of the directory',
    args: ['parse', danglingDir],
    code: 6,
    withResult: true,
    stderr: new RegExp(`^inspect: ${escape(join(danglingDir, 'a-gone.md'))}: no such file\n$`),
    stdout: (out) => expect(ndjson(out).map((r) => r.source.path)).toEqual([join(danglingDir, 'b-report.md')]),
  },
  {
    name: `refuses an unreadable file with exit 3${runningAsRoot ? ' (skipped: running as root, which reads any file)' : ''}`,
    args: ['parse', unreadable],
    code: 3,
    stderr: notText(unreadable, 'permission denied'),
    skip: runningAsRoot,
  },
];

describe('hostile inputs (subprocess)', () => {
  for (const c of cases) it.skipIf(c.skip)(c.name, () => checkCase(runSubprocess(c.args, '', {}, c.within), c, { resultCodes: [6] }));
});

describe('hostile inputs (in-process)', () => {
  for (const c of cases.filter((c) => !c.heavy)) it.skipIf(c.skip)(c.name, async () => checkCase(await runInProcess(c.args), c, { resultCodes: [6] }));
});

describe('a single file that takes too long', () => {
  it('is given up on within --timeout too, with a one-line message and exit 9, instead of hanging', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, ['bin/inspect.js', 'parse', slow, '--timeout', String(LIMIT_SECONDS)], { encoding: 'utf8', timeout: 25_000 });
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(result.status).toBe(9);
    expect(result.stderr).toBe(`inspect: ${slow}: took longer than ${LIMIT_SECONDS}s to parse; skipped\n`);
    expect(result.stdout).toBe('');
  }, 30_000);
});

/** Run `inspect <args>`, read the first bytes of its output and close the pipe, as `| head -c 100` does. */
function closeEarly(args: string[]): Promise<{ code: number | null; stderr: string; head: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/inspect.js', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let head = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.stdout.once('data', (chunk: Buffer) => {
      head = chunk.subarray(0, 100).toString('utf8');
      child.stdout.destroy();
    });
    child.on('close', (code) => resolve({ code, stderr, head }));
  });
}

describe('standard output closed early', () => {
  it('ends a single 5 MB report quietly, with exit 0 and no EPIPE trace', async () => {
    const result = await closeEarly(['parse', big]);
    expect(result.head).toMatch(/^\{\n {2}"schemaVersion"/);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('ends a batch quietly, with exit 0 and no EPIPE trace', async () => {
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    for (let i = 0; i < 40; i++) writeFileSync(join(batch, `r${String(i).padStart(2, '0')}.md`), seedText);
    const result = await closeEarly(['parse', batch, '--jobs', '2']);
    expect(result.head).toMatch(/^\{"schemaVersion"/);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });
});
