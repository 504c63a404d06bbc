/** Every command that reads report JSON reads NDJSON too (what `inspect parse` prints for several reports), from files and standard input. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runCases } from '../helpers/cli.js';
import { REPORT_FIXTURES, tempDir } from '../index-db/helpers.js';

const dir = tempDir();
const three = REPORT_FIXTURES.slice(2, 5);
const ndjson = (await runInProcess(['parse', ...three])).stdout;
const file = join(dir, 'three.ndjson');
writeFileSync(file, ndjson);
const pairFile = join(dir, 'pair.ndjson');
writeFileSync(pairFile, (await runInProcess(['parse', 'fixtures/diff/follow-up/old.md', 'fixtures/diff/follow-up/new.md'])).stdout);
const broken = join(dir, 'broken.ndjson');
const lines = ndjson.trimEnd().split('\n');
writeFileSync(broken, `${lines[0]}\n${lines[1]!.replace('"schemaVersion"', '"schemaVersion_"')}\n`);

describe('NDJSON input', () => {
  it('query reads an NDJSON file and standard input as the reports it holds', async () => {
    const overFiles = await runInProcess(['query', ...three, '--count', '--by', 'report', '--format', 'csv']);
    expect((await runInProcess(['query', file, '--count', '--by', 'report', '--format', 'csv'])).stdout).toBe(overFiles.stdout);
    expect((await runInProcess(['query', '-', '--count', '--by', 'report', '--format', 'csv'], ndjson)).stdout).toBe(overFiles.stdout);
  });

  it('query --expr over an NDJSON file gives one result per report', async () => {
    const out = (await runInProcess(['query', file, '--expr', '$count(findings)', '--format', 'json'])).stdout;
    expect(JSON.parse(out).map((r: { source: string }) => r.source)).toEqual(three);
  });

  it('recommendations lists the recommendations of every report of an NDJSON input', async () => {
    const overFiles = await runInProcess(['recommendations', ...three, '--as-of', '2020-01-01', '--format', 'csv']);
    expect((await runInProcess(['recommendations', file, '--as-of', '2020-01-01', '--format', 'csv'])).stdout).toBe(overFiles.stdout);
    expect((await runInProcess(['recommendations', '-', '--as-of', '2020-01-01', '--format', 'csv'], ndjson)).stdout).toBe(overFiles.stdout);
  });

  it('diff compares the two reports of one NDJSON input, old then new', async () => {
    const apart = await runInProcess(['diff', 'fixtures/diff/follow-up/old.md', 'fixtures/diff/follow-up/new.md', '--format', 'json']);
    const together = await runInProcess(['diff', pairFile, '--format', 'json']);
    expect(together.code).toBe(1);
    expect(together.stdout).toBe(apart.stdout);
    expect((await runInProcess(['diff', '-', '--format', 'json'], readFileSync(pairFile, 'utf8'))).stdout).toBe(apart.stdout);
  });

  it('validate checks each line of NDJSON: its problems under each report, a schema problem on its line of the file', async () => {
    const good = await runInProcess(['validate', file, '--format', 'json']);
    expect(JSON.parse(good.stdout).files.map((f: { path: string }) => f.path)).toEqual(three);
    const bad = await runInProcess(['validate', broken]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:\\d+\\s+error\\s+.*json-schema$`, 'm'));
  });

  it('parse checks an NDJSON input against the schema and prints it as NDJSON again', async () => {
    expect((await runInProcess(['parse', file])).stdout).toBe(ndjson);
    expect((await runInProcess(['parse', '-'], ndjson)).stdout).toBe(ndjson);
  });

  it('parse --out-dir writes one file per line of an NDJSON input', async () => {
    const out = join(dir, 'out');
    expect((await runInProcess(['parse', file, join(dir, 'three.ndjson'), '--out-dir', out])).code).toBe(0);
    const { readdirSync } = await import('node:fs');
    const where = join(out, dir.replace(/^\//, ''));
    expect(readdirSync(where).sort()).toEqual(['three.1.json', 'three.2.json', 'three.3.json']);
  });
});

runCases('NDJSON input problems', [
  { name: 'diff with one argument needs exactly two reports', args: ['diff', file], code: 2, stderr: /holds 3 reports; give one report per argument, or as the only argument NDJSON of exactly two/ },
  { name: 'diff refuses an NDJSON of several as one side', args: ['diff', file, REPORT_FIXTURES[0]!], code: 2, stderr: /holds 3 reports \(NDJSON\); give one report per argument/ },
  { name: 'a bad line is named, with the exit code of JSON that is not a report', args: ['query', broken], code: 5, stderr: /broken\.ndjson: line 2: not a report JSON/ },
  { name: 'action-plan reads one report only', args: ['action-plan', file, '--format', 'md'], code: 5, stderr: /holds 3 reports \(NDJSON, one per line\)/ },
]);
