/**
 * `inspect diff` from the outside: one table of cases, run in-process through
 * `run()` and again as a real subprocess. Exit codes as diff(1): 0 no
 * differences, 1 differences, 2 trouble.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { parseReport } from '../../src/index.js';
import { runCases, type CliCase, type CliResult } from '../helpers/cli.js';
import { SEED, pairPath } from '../diff/helpers.js';

const OLD = pairPath('light-edits', 'old');
const NEW = pairPath('light-edits', 'new');
const dir = mkdtempSync(join(tmpdir(), 'inspect-diff-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** What `inspect parse OLD` prints. */
const oldJson = file('old.json', `${JSON.stringify(parseReport(readFileSync(OLD, 'utf8'), { path: OLD }), null, 2)}\n`);
const empty = file('empty.md', '');
const brokenJson = file('broken.json', '{"schemaVersion": "1.0.0", ');
const notReport = file('other.json', '{"name": "not a report"}');


const json = (out: string) => JSON.parse(out);
const statuses = (out: string, part: string) => json(out)[part].filter((e: { status: string }) => e.status !== 'unchanged').map((e: { status: string }) => e.status);

const cases: CliCase[] = [
  {
    name: 'exits 0 and prints JSON (not a terminal) when a report is compared with itself',
    args: ['diff', SEED, SEED],
    code: 0,
    stdout: (out) => expect(json(out)).toMatchObject({ identical: true, differences: 0, only: ['metadata', 'sections', 'findings', 'recommendations'] }),
  },
  { name: 'prints "No differences" as text', args: ['diff', SEED, SEED, '--format', 'text'], code: 0, stdout: (out) => expect(out).toBe(`No differences: ${SEED} → ${SEED}\n`) },
  {
    name: 'exits 1 with the five light edits as JSON',
    args: ['diff', OLD, NEW],
    code: 1,
    stdout: (out) => {
      const diff = json(out);
      expect([diff.differences, diff.old.path, diff.new.path, diff.threshold]).toEqual([5, OLD, NEW, 0.5]);
      expect(statuses(out, 'findings')).toEqual(['changed']);
      expect(statuses(out, 'recommendations')).toEqual(['reworded']);
    },
  },
  { name: 'prints the counts first as text', args: ['diff', OLD, NEW, '--format', 'text'], code: 1, stdout: (out) => expect(out.split('\n').slice(0, 2)).toEqual([`5 differences: ${OLD} → ${NEW}`, '  header:           1 changed']) },
  { name: 'prints markdown', args: ['diff', OLD, NEW, '--format', 'markdown'], code: 1, stdout: (out) => expect(out).toMatch(/^# Differences: `.*old\.md` → `.*new\.md`\n\n\*\*5 differences\.\*\*\n/) },
  {
    name: 'prints an RFC 6902 patch',
    args: ['diff', OLD, NEW, '--format', 'patch'],
    code: 1,
    stdout: (out) => expect(json(out).map((op: { op: string }) => op.op)).toEqual(Array.from({ length: 8 }, () => 'replace')),
  },
  { name: 'prints an empty patch and exits 0 for the same report', args: ['diff', SEED, SEED, '--format', 'patch', '--compact'], code: 0, stdout: (out) => expect(out).toBe('[]\n') },
  {
    name: 'compares only the findings with --only findings',
    args: ['diff', OLD, NEW, '--only', 'findings'],
    code: 1,
    stdout: (out) => expect(json(out)).toMatchObject({ differences: 1, only: ['findings'], metadata: [], recommendations: [] }),
  },
  { name: 'exits 0 when the part asked for did not change', args: ['diff', pairPath('renumbered-findings', 'old'), pairPath('renumbered-findings', 'new'), '--only', 'metadata'], code: 0 },
  {
    name: 'calls the heavily reworded follow-up R2 dropped and new at --threshold 0.6',
    args: ['diff', pairPath('follow-up', 'old'), pairPath('follow-up', 'new'), '--threshold', '0.6', '--only', 'recommendations'],
    code: 1,
    stdout: (out) => expect(json(out).summary.recommendations).toMatchObject({ unchanged: 3, reworded: 2, new: 2, dropped: 6 }),
  },
  {
    name: 'reads the JSON that parse printed as the old report',
    args: ['diff', oldJson, NEW, '--format', 'text'],
    code: 1,
    stdout: (out) => expect(out.split('\n')[0]).toBe(`5 differences: ${OLD} → ${NEW}`),
  },
  {
    name: 'reads standard input for "-"',
    args: ['diff', '-', NEW],
    stdin: readFileSync(OLD, 'utf8'),
    code: 1,
    stdout: (out) => expect([json(out).old.path, json(out).differences]).toEqual(['-', 5]),
  },
  { name: 'exits 3 for a missing file, as every command does', args: ['diff', join(dir, 'nope.md'), NEW], code: 3, stderr: /^inspect: .*nope\.md: no such file\n$/ },
  { name: 'exits 3 for a directory', args: ['diff', OLD, dir], code: 3, stderr: /^inspect: .*: is a directory/ },
  { name: 'exits 4 for an empty file', args: ['diff', empty, NEW], code: 4, stderr: /^inspect: .*empty\.md: is empty\n$/ },
  { name: 'exits 5 for broken JSON', args: ['diff', brokenJson, NEW], code: 5, stderr: /^inspect: .*broken\.json: not valid JSON/ },
  { name: 'exits 5 for JSON that is not a report', args: ['diff', OLD, notReport], code: 5, stderr: /^inspect: .*other\.json: not a report JSON: / },
  { name: 'exits 2 when both reports would come from standard input', args: ['diff', '-', '-'], code: 2, stderr: /^inspect: -: standard input can be only one of the two reports\n$/ },
  { name: 'exits 2 for a threshold of 0', args: ['diff', OLD, NEW, '--threshold', '0'], code: 2, stderr: /expected a similarity above 0 and at most 1 \(e\.g\. 0\.5\), got "0"/ },
  { name: 'exits 2 for a threshold above 1', args: ['diff', OLD, NEW, '--threshold', '1.5'], code: 2, stderr: /got "1\.5"/ },
  { name: 'exits 2 for a threshold that is not a number', args: ['diff', OLD, NEW, '--threshold', 'half'], code: 2, stderr: /got "half"/ },
  { name: 'exits 2 for an unknown format', args: ['diff', OLD, NEW, '--format', 'xml'], code: 2, stderr: /Allowed choices are text, json, patch, markdown/ },
  { name: 'exits 2 for an unknown part', args: ['diff', OLD, NEW, '--only', 'preamble'], code: 2, stderr: /Allowed choices are findings, recommendations, metadata, sections/ },
  { name: 'exits 2 without the second report', args: ['diff', OLD], code: 2, stderr: /holds 1 report; give the new report too, or as the only argument NDJSON of exactly two/ },
];

/**
 * Not the shared checkCase: diff's exit 1 ("they differ") comes with output.
 * Trouble (2) is one line on stderr and nothing on stdout, unless commander
 * adds its usage hint.
 */

runCases('inspect diff', cases, { resultCodes: [1] });

/** Run with a stdout that says it is a terminal. */
async function runOnTerminal(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  const code = await run(args, { stdin: Readable.from([]), stdout, stderr, env });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: '' };
}

describe('inspect diff on a terminal', () => {
  it('prints coloured text by default', async () => {
    const result = await runOnTerminal(['diff', OLD, NEW]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('\u001b[9mrelatively');
  });

  it('prints plain text when NO_COLOR is set', async () => {
    const result = await runOnTerminal(['diff', OLD, NEW], { NO_COLOR: '1' });
    expect(result.stdout.split('\n')[0]).toBe(`5 differences: ${OLD} → ${NEW}`);
    expect(result.stdout).toContain('[-relatively-]');
  });

  it('prints JSON on a terminal when asked', async () => {
    expect(JSON.parse((await runOnTerminal(['diff', OLD, NEW, '--format', 'json'])).stdout).differences).toBe(5);
  });
});
