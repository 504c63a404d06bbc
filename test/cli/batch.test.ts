/**
 * Batch parsing: many files and directories, NDJSON in a stable order on any
 * number of worker threads, one JSON file each with --out-dir, failures
 * reported while the rest carry on. Run as a real subprocess: worker threads
 * need the compiled worker.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runSubprocess } from '../helpers/cli.js';
import { LIMIT_SECONDS, writeSlowReport } from '../helpers/slow.js';

const SEED_DIR = 'fixtures/essex-2010-cqc-safeguarding-lac';
const SEED = `${SEED_DIR}/input.md`;
const lines = (out: string) => out.trimEnd().split('\n').map((line) => JSON.parse(line));

const tree = mkdtempSync(join(tmpdir(), 'inspect-batch-'));
mkdirSync(join(tree, 'b'));
mkdirSync(join(tree, 'a'));
copyFileSync(SEED, join(tree, 'b', 'essex.md'));
copyFileSync('fixtures/ofsted-newham-ilacs-2019/input.md', join(tree, 'a', 'newham.md'));
copyFileSync('fixtures/ofsted-norfolk-lac-2013/input.md', join(tree, 'a', 'norfolk.txt'));
writeFileSync(join(tree, 'a', 'notes.json'), '{}');
writeFileSync(join(tree, 'a', 'empty.md'), '');
symlinkSync('..', join(tree, 'a', 'loop'));

describe('inspect parse with many inputs', () => {
  it('walks directories in name order, taking .md and .txt files, as NDJSON', () => {
    const result = runSubprocess(['parse', tree, '--jobs', '2']);
    const reports = lines(result.stdout);
    expect(reports.map((r) => r.source.path.slice(tree.length + 1))).toEqual(['a/newham.md', 'a/norfolk.txt', 'b/essex.md']);
    expect(reports.map((r) => r.findings.length)).toEqual([44, 72, 82]);
    expect(result.stderr).toMatch(/empty\.md: is empty/);
    expect(result.code).toBe(6);
  });

  it('reads a report given in several formats in one directory once, in its richest, and says so once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-richest-'));
    copyFileSync('fixtures/ofsted-norfolk-lac-2013/input.pdf', join(dir, 'norfolk.pdf'));
    copyFileSync('fixtures/ofsted-norfolk-lac-2013/input.md', join(dir, 'norfolk.txt'));
    copyFileSync(`${SEED_DIR}/input.docx`, join(dir, 'essex.docx'));
    copyFileSync(SEED, join(dir, 'essex.md'));
    copyFileSync(SEED, join(dir, 'essex.txt'));
    copyFileSync('fixtures/ofsted-bury-focused-visit-2019/input.md', join(dir, 'bury.md'));
    const result = runSubprocess(['parse', dir]);
    expect(lines(result.stdout).map((r) => [r.source.path.slice(dir.length + 1), r.source.format])).toEqual([
      ['bury.md', 'markdown'],
      ['essex.docx', 'docx'],
      ['norfolk.pdf', 'pdf'],
    ]);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `inspect: read ${join(dir, 'essex.docx')} instead of ${join(dir, 'essex.md')} and ${join(dir, 'essex.txt')} beside it (and 1 more of one name in several formats): the richest format of each; give --glob to read them all`,
    ]);
    expect(result.code).toBe(0);
  });

  it('reads every format of a name that --glob asks for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-both-'));
    copyFileSync('fixtures/ofsted-norfolk-lac-2013/input.pdf', join(dir, 'norfolk.pdf'));
    copyFileSync('fixtures/ofsted-norfolk-lac-2013/input.md', join(dir, 'norfolk.txt'));
    const result = runSubprocess(['parse', dir, '--glob', '*.{txt,pdf}']);
    expect(lines(result.stdout).map((r) => r.source.path.slice(dir.length + 1))).toEqual(['norfolk.pdf', 'norfolk.txt']);
    expect(result.stderr).toBe('');
  });

  it('reports a failing file and carries on with the rest, in order', () => {
    const result = runSubprocess(['parse', SEED, 'missing.md', 'fixtures/ofsted-bury-focused-visit-2019/input.md']);
    expect(result.stderr).toBe('inspect: missing.md: no such file\n');
    expect(lines(result.stdout).map((r) => r.source.path)).toEqual([SEED, 'fixtures/ofsted-bury-focused-visit-2019/input.md']);
    expect(result.code).toBe(6);
  });

  it('gives byte-identical output on one worker and on several', () => {
    const one = runSubprocess(['parse', 'fixtures', '--jobs', '1']);
    const four = runSubprocess(['parse', 'fixtures', '--jobs', '4']);
    expect(one.code).toBe(0);
    expect(four.stdout).toBe(one.stdout);
    expect(lines(one.stdout).length).toBeGreaterThanOrEqual(15);
  });

  it('matches the in-thread path exactly', async () => {
    const threaded = runSubprocess(['parse', 'fixtures/ofsted-norfolk-lac-2013/input.md', SEED]);
    const inThread = await runInProcess(['parse', 'fixtures/ofsted-norfolk-lac-2013/input.md', SEED]);
    expect(inThread.stdout).toBe(threaded.stdout);
  });

  it('writes one JSON file per report with --out-dir, named after its input path', () => {
    const out = mkdtempSync(join(tmpdir(), 'inspect-out-'));
    const result = runSubprocess(['parse', 'fixtures/ofsted-newham-ilacs-2019', SEED, '--out-dir', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const seed = JSON.parse(readFileSync(join(out, 'fixtures/essex-2010-cqc-safeguarding-lac/input.json'), 'utf8'));
    expect(seed.findings).toHaveLength(82);
    expect(readdirSync(join(out, 'fixtures/ofsted-newham-ilacs-2019'))).toEqual(['input.json']);
  });

  it('takes other files with --glob', () => {
    const result = runSubprocess(['parse', join(tree, 'a'), '--glob', '*.txt']);
    expect(lines(result.stdout).map((r) => r.source.path.slice(tree.length + 1))).toEqual(['a/norfolk.txt']);
  });

  it('gives up on a file that takes longer than --timeout and carries on', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-slow-'));
    writeSlowReport(join(dir, 'a-big.md'));
    copyFileSync(SEED, join(dir, 'b-seed.md'));
    const result = runSubprocess(['parse', dir, '--timeout', String(LIMIT_SECONDS)]);
    expect(result.stderr).toBe(`inspect: ${join(dir, 'a-big.md')}: took longer than ${LIMIT_SECONDS}s to parse; skipped\n`);
    expect(lines(result.stdout).map((r) => r.findings.length)).toEqual([82]);
    expect(result.code).toBe(6);
  });

  it('still parses, in order, the files queued behind one that times out on the same worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-slow-queued-'));
    writeSlowReport(join(dir, 'a-big.md'));
    copyFileSync(SEED, join(dir, 'b-seed.md'));
    copyFileSync('fixtures/ofsted-norfolk-lac-2013/input.md', join(dir, 'c-norfolk.md'));
    const result = runSubprocess(['parse', dir, '--timeout', String(LIMIT_SECONDS), '--jobs', '1']);
    expect(result.stderr).toBe(`inspect: ${join(dir, 'a-big.md')}: took longer than ${LIMIT_SECONDS}s to parse; skipped\n`);
    expect(lines(result.stdout).map((r) => [r.source.path.slice(dir.length + 1), r.findings.length])).toEqual([
      ['b-seed.md', 82],
      ['c-norfolk.md', 72],
    ]);
    expect(result.code).toBe(6);
  });

  it('refuses standard input among several inputs', async () => {
    const result = await runInProcess(['parse', SEED, '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"-" \(standard input\) can only be parsed on its own/);
  });

  it('says so when a directory holds no reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-none-'));
    const result = await runInProcess(['parse', dir]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/no report files/);
  });
});

describe('the progress bar', () => {
  async function stderrOf(env: Record<string, string>, isTTY: boolean): Promise<string> {
    const { run } = await import('../../src/cli/main.js');
    const { PassThrough, Readable } = await import('node:stream');
    const stdout = new PassThrough();
    stdout.resume();
    const stderr = Object.assign(new PassThrough(), { isTTY });
    const chunks: Buffer[] = [];
    stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const code = await run(['parse', 'fixtures/variants'], { stdin: Readable.from([]), stdout, stderr, env });
    expect(code).toBe(0);
    return Buffer.concat(chunks).toString('utf8');
  }

  it('shows on a terminal once past a few files, counting to the total', async () => {
    const out = await stderrOf({}, true);
    expect(out).toMatch(/\rparsing \[#+\.*\] \d+\/10/);
    expect(out).toMatch(/10\/10\n$/);
  });

  it('never shows in a pipe or in CI', async () => {
    expect(await stderrOf({}, false)).toBe('');
    expect(await stderrOf({ CI: 'true' }, true)).toBe('');
  });
});

describe('published documents in a batch', () => {
  it('parses PDF, DOCX and HTML files among markdown ones, in input order', () => {
    const seed = 'fixtures/essex-2010-cqc-safeguarding-lac';
    const result = runSubprocess(['parse', `${seed}/input.pdf`, `${seed}/input.md`, `${seed}/input.docx`, `${seed}/input.html`, '--jobs', '2']);
    expect(result.code).toBe(0);
    const reports = lines(result.stdout);
    expect(reports.map((r) => [r.source.format, r.findings.length, r.recommendations.length])).toEqual([
      ['pdf', 82, 11],
      ['markdown', 82, 11],
      ['docx', 82, 11],
      ['html', 82, 11],
    ]);
  });

  it('reads documents in a directory when --glob asks for them, and reports one it cannot read', () => {
    const result = runSubprocess(['parse', 'fixtures/formats', '--glob', '*.pdf']);
    expect(result.stderr).toMatch(/encrypted\.pdf: is an encrypted PDF/);
    expect(result.stderr).toMatch(/scanned\.pdf: is a PDF with no text layer/);
    expect(result.code).toBe(6);
  });
});
