/**
 * `inspect query`: each filter, each format, --count/--by, --expr, standard
 * input, directories, a failing file among good ones, and stable ordering.
 * Expected ids come from the seed's hand-checked facts (test/seed.test.ts)
 * and from reading the reports.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runSubprocess } from '../helpers/cli.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const NORFOLK = 'fixtures/ofsted-norfolk-lac-2013/input.md';
const NEWHAM = 'fixtures/ofsted-newham-ilacs-2019/input.md';

async function rows(args: string[], stdin?: string): Promise<Array<Record<string, unknown>>> {
  const result = await runInProcess(['query', ...args, '--format', 'json'], stdin);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}
const ids = async (args: string[]) => (await rows([...args, '--fields', 'id'])).map((r) => r.id);

describe('inspect query filters', () => {
  it('selects all findings by default, each with its source and line', async () => {
    const all = await rows([SEED]);
    expect(all).toHaveLength(82);
    expect(all[0]).toMatchObject({ source: SEED, line: 50, id: '1.1', section: 1, outcome: null, jointReport: false });
  });

  it('--section selects one section', async () => {
    expect(await ids([SEED, '--section', '6'])).toEqual(['6.1', '6.2', '6.3']);
  });

  it('--outcome selects the findings of one CQC outcome', async () => {
    expect(await ids([SEED, '--outcome', '11'])).toEqual(['6.1', '6.2', '6.3']);
    expect(await ids([SEED, '--outcome', '21'])).toEqual(['11.1']);
  });

  it('--joint keeps joint-report text, wholly or in part; --no-joint the rest', async () => {
    const joint = await ids([SEED, '--joint']);
    expect(joint).toHaveLength(27);
    expect(joint).toContain('4.17');
    expect(await ids([SEED, '--no-joint'])).toHaveLength(82 - 27);
  });

  it('--grep matches case-insensitively unless --case-sensitive', async () => {
    expect(await ids([SEED, '--grep', 'MARAC'])).toEqual(['4.17']);
    expect(await ids([SEED, '--grep', 'marac'])).toEqual(['4.17']);
    expect(await ids([SEED, '--grep', 'marac', '--case-sensitive'])).toEqual([]);
  });

  it('--id selects one finding', async () => {
    const [row] = await rows([SEED, '--id', '4.17']);
    expect(row).toMatchObject({ id: '4.17', jointReport: 'partial', line: 168 });
  });

  it('--org selects reports by organisation', async () => {
    expect(await rows([SEED, NORFOLK, '--org', 'norfolk', '--fields', 'source'])).toHaveLength(72);
  });

  it('--where matches any field by its printed value', async () => {
    expect(await ids([SEED, '--where', 'section=7'])).toEqual(['7.1']);
    expect(await ids([SEED, '--where', 'jointReport=partial'])).toEqual(['4.17']);
  });

  it('combines filters with AND', async () => {
    expect(await ids([SEED, '--section', '4', '--joint', '--grep', 'training'])).toEqual(['4.5', '4.17', '4.19']);
  });

  it('--fields chooses the columns, in order', async () => {
    expect(Object.keys((await rows([SEED, '--fields', 'line,id']))[0]!)).toEqual(['line', 'id']);
  });

  it('selects recommendations, with their due dates', async () => {
    const recs = await rows([NORFOLK, '--recommendations', '--where', 'group=Immediately', '--fields', 'id,due']);
    expect(recs).toHaveLength(6);
    expect(new Set(recs.map((r) => r.due))).toEqual(new Set(['2013-08-16']));
  });

  it('selects sections, with their grades and how many findings they hold', async () => {
    const sections = await rows([NEWHAM, '--sections', '--where', 'grade=inadequate', '--fields', 'title,findings']);
    expect(sections).toEqual([
      { title: 'The experiences and progress of children in care and care leavers', findings: 17 },
      { title: 'The impact of leaders on social work practice with children and families', findings: 10 },
    ]);
  });
});

describe('inspect query counts and expressions', () => {
  it('--count prints the number of matching rows', async () => {
    expect(await rows([SEED, '--joint', '--count'])).toEqual([{ count: 27 }]);
  });

  it('--count --by groups the counts', async () => {
    const byOutcome = await rows([SEED, '--count', '--by', 'outcome']);
    expect(byOutcome[0]).toEqual({ outcome: null, count: 20 });
    expect(byOutcome.find((r) => r.outcome === 6)).toEqual({ outcome: 6, count: 20 });
    expect(await rows([SEED, NORFOLK, NEWHAM, '--count', '--by', 'report'])).toEqual([
      { report: SEED, count: 82 },
      { report: NORFOLK, count: 72 },
      { report: NEWHAM, count: 44 },
    ]);
    expect(await rows([SEED, '--count', '--by', 'jointReport'])).toEqual([
      { jointReport: false, count: 55 },
      { jointReport: true, count: 26 },
      { jointReport: 'partial', count: 1 },
    ]);
  });

  it('--expr evaluates JSONata over a report and prints the result', async () => {
    const result = await runInProcess(['query', SEED, '--expr', '$count(findings[jointReport=true])']);
    expect(JSON.parse(result.stdout)).toBe(26);
  });

  it('--expr over several reports prints each result with its source, one per line with ndjson', async () => {
    const result = await runInProcess(['query', SEED, NORFOLK, '--expr', 'metadata.finalReportDate.date', '--format', 'ndjson']);
    expect(result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([
      { source: SEED, result: '2010-08-23' },
      { source: NORFOLK, result: '2013-08-16' },
    ]);
  });

  it('refuses a JSONata expression that does not compile, before reading anything', async () => {
    const result = await runInProcess(['query', SEED, '--expr', 'findings[']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^inspect: --expr: .+\n$/);
  });

  it('refuses a bad regular expression and an unknown field', async () => {
    expect((await runInProcess(['query', SEED, '--grep', '('])).stderr).toMatch(/--grep: not a valid regular expression/);
    const unknown = await runInProcess(['query', SEED, '--where', 'colour=red']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/findings have no field "colour" \(fields: source, line/);
  });
});

describe('inspect query formats and inputs', () => {
  it('prints CSV with a header row', async () => {
    const result = await runInProcess(['query', SEED, '--id', '4.19', '--fields', 'id,jointReport,line', '--format', 'csv']);
    expect(result.stdout).toBe('id,jointReport,line\r\n4.19,true,174\r\n');
  });

  it('prints NDJSON, one row per line', async () => {
    const result = await runInProcess(['query', SEED, '--section', '10', '--fields', 'id', '--format', 'ndjson']);
    expect(result.stdout).toBe('{"id":"10.1"}\n{"id":"10.2"}\n');
  });

  it('prints a table without colour when NO_COLOR is set', async () => {
    const result = runSubprocess(['query', SEED, '--id', '7.1', '--fields', 'id,line', '--format', 'table']);
    expect(result.stdout).toMatch(/│ Id\s+│ Line │/);
    expect(result.stdout).toMatch(/│ 7\.1\s+│ 204\s+│/);
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });

  it('reads a report from standard input, as text or as parsed JSON', async () => {
    const text = readFileSync(SEED, 'utf8');
    expect((await rows(['-', '--id', '4.17'], text))[0]).toMatchObject({ source: '-', id: '4.17' });
    const json = runSubprocess(['parse', SEED]).stdout;
    expect((await rows(['-', '--id', '4.17'], json))[0]).toMatchObject({ source: SEED, id: '4.17' });
  });

  it('reads parsed JSON files and directories of reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-query-'));
    writeFileSync(join(dir, 'seed.json'), runSubprocess(['parse', SEED]).stdout);
    expect((await rows([join(dir, 'seed.json'), '--count']))[0]).toEqual({ count: 82 });
    const counts = await rows(['fixtures', '--count', '--by', 'report']);
    expect(counts.map((r) => r.report)).toContain(NORFOLK);
    expect(counts.find((r) => r.report === 'fixtures/variants/crlf/input.md')).toEqual({ report: 'fixtures/variants/crlf/input.md', count: 82 });
  });

  it('reports a failing file, carries on with the rest, and says so in the exit code', async () => {
    const result = await runInProcess(['query', SEED, 'missing.md', NORFOLK, '--count', '--by', 'report', '--format', 'json']);
    expect(result.code).toBe(6);
    expect(result.stderr).toBe('inspect: missing.md: no such file\n');
    expect(JSON.parse(result.stdout)).toEqual([
      { report: SEED, count: 82 },
      { report: NORFOLK, count: 72 },
    ]);
  });

  it('gives the same rows in the same order on one worker and on several', () => {
    const one = runSubprocess(['query', 'fixtures', '--grep', 'train', '--format', 'ndjson', '--jobs', '1']);
    const four = runSubprocess(['query', 'fixtures', '--grep', 'train', '--format', 'ndjson', '--jobs', '4']);
    expect(one.code).toBe(0);
    expect(four.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').length).toBeGreaterThan(20);
  });
});
