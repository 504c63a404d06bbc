import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, runCases } from '../helpers/cli.js';
import { REPORT_FIXTURES, tempDir } from '../index-db/helpers.js';
import { fixtureIndex } from '../index-db/search.test.js';

const files = REPORT_FIXTURES;
const db = join(tempDir(), 'reports.sqlite');
await runInProcess(['index', ...files, '--db', db]);

describe('inspect query --db', () => {
  it.each([
    [['--grep', 'training', '--fields', 'source,line,id,jointReport']],
    [['--recommendations', '--fields', 'source,id,due,actor']],
    [['--sections', '--where', 'grade=inadequate', '--fields', 'source,line,title,findings']],
    [['--count', '--by', 'outcome']],
    [['--joint', '--count', '--by', 'report']],
    [['--judgements']],
  ])('prints what the same query over the files prints: %j', async (args) => {
    const overFiles = await runInProcess(['query', ...files, ...args, '--format', 'csv']);
    const overIndex = await runInProcess(['query', '--db', db, ...args, '--format', 'csv']);
    expect(overIndex.stderr).toBe('');
    expect(overIndex.code).toBe(0);
    expect(overIndex.stdout).toBe(overFiles.stdout);
  });

  it('evaluates JSONata over each report of the index', async () => {
    const overFiles = await runInProcess(['query', ...files, '--expr', '{"findings": $count(findings), "title": title}', '--format', 'ndjson']);
    const overIndex = await runInProcess(['query', '--db', db, '--expr', '{"findings": $count(findings), "title": title}', '--format', 'ndjson']);
    expect(overIndex.stdout).toBe(overFiles.stdout);
    expect(overIndex.stdout.trimEnd().split('\n')).toHaveLength(files.length);
  });
});

describe('inspect query --count --by, the report-wide keys', () => {
  it('counts findings by authority, kind and year, and judgements by grade and area', async () => {
    const facts = await fixtureIndex();
    const csv = async (...args: string[]) => (await runInProcess(['query', '--db', facts, '--count', ...args, '--format', 'csv'])).stdout.replace(/\r\n/g, '\n');
    expect(await csv('--by', 'authority')).toMatch(/^authority,count\nessex,82\n/);
    expect(await csv('--by', 'kind')).toMatch(/^kind,count\ncqc-safeguarding,82\n/);
    expect(await csv('--by', 'year')).toMatch(/^year,count\n2010,82\n/);
    expect(await csv('--recommendations', '--by', 'group')).toMatch(/^group,count\nWithin 3 months,3\n/);
    expect(await csv('--recommendations', '--by', 'actor')).toMatch(/^actor,count\n/);
    const grades = await csv('--judgements', '--by', 'grade');
    expect(grades).toMatch(/^grade,count\n/);
    const areas = await csv('--judgements', '--by', 'area');
    expect(areas).toMatch(/^area,count\n/);
  });
});

runCases('inspect query and --db', [
  { name: 'refuses both files and --db', args: ['query', files[0]!, '--db', db], code: 2, stderr: /give report files or --db, not both/ },
  { name: 'refuses neither files nor --db', args: ['query'], code: 2, stderr: /give report files, directories or "-", or an index with --db/ },
  { name: 'refuses a database that is not one, in one line (exit 8)', args: ['query', '--db', files[0]!], code: 8, stderr: /is not an SQLite database/ },
]);
