import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openIndex } from '../../src/index-db/open.js';
import { ftsQuery, parseGradeFilter, search, MARK_END, MARK_START } from '../../src/index-db/search.js';
import { createStore, putReports } from '../../src/index-db/store.js';
import { markSnippet } from '../../src/index-db/format-search.js';
import { runCases } from '../helpers/cli.js';
import { ENGINES, fixtureReport, REPORT_FIXTURES, tempDir, withFacts } from './helpers.js';

/** An index of the five fixtures, with the authority, kind and dates the report families work will give. */
export async function fixtureIndex(engine?: (typeof ENGINES)[number]): Promise<string> {
  const path = join(tempDir(), 'fixtures.sqlite');
  const db = await openIndex(path, { write: true, ...(engine && { engine }) });
  const store = createStore(db);
  const facts = [
    { authority: 'essex', kind: 'cqc-safeguarding', start: '2010-06-28', end: '2010-07-09' },
    { authority: 'bury', kind: 'focused-visit', start: '2019-09-25', end: '2019-09-26' },
    { authority: 'derbyshire', kind: 'sif', start: '2014-03-04', end: '2014-03-26' },
    { authority: 'newham', kind: 'ilacs', start: '2019-01-14', end: '2019-01-25' },
    { authority: 'norfolk', kind: 'lac', start: '2013-04-08', end: '2013-04-19' },
  ];
  for (const [i, path] of REPORT_FIXTURES.entries()) putReports(store, [withFacts(await fixtureReport(path), facts[i]!)]);
  db.close();
  return path;
}

describe('the words of a search as an FTS5 query', () => {
  it.each([
    ['child protection', '"child" "protection"'],
    ['"child protection" plans', '"child protection" "plans"'],
    ['neglect OR abuse', '"neglect" OR "abuse"'],
    ['care NOT leavers', '"care" NOT "leavers"'],
    ['safeguard*', '"safeguard" *'],
    ['child-protection: (plans)', '"child-protection:" "(plans)"'],
    ['say "hello', '"say" "hello"'],
    ['OR -- *', ''],
  ])('%s → %s', (words, query) => expect(ftsQuery(words)).toBe(query));
});

describe('--grade AREA=GRADE', () => {
  it('reads the area and a grade in any case, with hyphens for spaces', () => {
    expect(parseGradeFilter('overall=Requires-Improvement')).toEqual({ area: 'overall', grade: 'requires improvement' });
  });
  it('refuses a grade that is none of the five', () => {
    expect(() => parseGradeFilter('overall=poor')).toThrow(/--grade: expected AREA=GRADE/);
  });
});

describe.each(ENGINES)('search on %s', (engine) => {
  let db: string;
  beforeAll(async () => {
    db = await fixtureIndex(engine);
  });

  it('finds findings and recommendations by stem, best first, with the report, id, line and the match marked', async () => {
    const handle = await openIndex(db, { engine });
    const hits = search(handle, 'training', { limit: 50 });
    handle.close();
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => a - b));
    const essex = hits.find((h) => h.source === REPORT_FIXTURES[0] && h.id === '9.2')!;
    expect(essex).toMatchObject({ type: 'finding', line: 224, authority: 'essex', kind: 'cqc-safeguarding', date: '2010-06-28' });
    expect(essex.snippet).toContain(`${MARK_START}training${MARK_END}`);
    expect(hits.some((h) => h.type === 'recommendation')).toBe(true);
    expect(hits.every((h) => /\u0002[^\u0003]*(train)/i.test(h.snippet))).toBe(true);
  });

  it('filters by authority, kind, dates and judgement', async () => {
    const handle = await openIndex(db, { engine });
    const sources = (options: Parameters<typeof search>[2]) => [...new Set(search(handle, 'children', { limit: 500, ...options }).map((h) => h.source))].sort();
    expect(sources({ authority: 'norfolk' })).toEqual([REPORT_FIXTURES[4]]);
    expect(sources({ kind: 'ilacs' })).toEqual([REPORT_FIXTURES[3]]);
    expect(sources({ since: '2014-01-01', until: '2019-06-30' })).toEqual([REPORT_FIXTURES[2], REPORT_FIXTURES[3]].sort());
    const newham = (await fixtureReport(REPORT_FIXTURES[3]!)).judgements;
    if (newham.length > 0) {
      const { area, grade } = newham[0]!;
      expect(sources({ grades: [{ area: area.slice(0, 12), grade: grade.value }] })).toContain(REPORT_FIXTURES[3]);
    }
    expect(sources({ grades: [{ area: 'no such area', grade: 'good' }] })).toEqual([]);
    handle.close();
  });

  it('gives the same hits when searched again and again on one handle, which closes cleanly', async () => {
    const handle = await openIndex(db, { engine });
    const first = search(handle, 'health assessments');
    for (let i = 0; i < 50; i++) expect(search(handle, 'health assessments')).toEqual(first);
    expect(() => handle.close()).not.toThrow();
  });

  it('can look in recommendations only', async () => {
    const handle = await openIndex(db, { engine });
    expect(new Set(search(handle, 'children', { in: ['recommendations'], limit: 100 }).map((h) => h.type))).toEqual(new Set(['recommendation']));
    handle.close();
  });
});

describe('snippets as printed', () => {
  it('marks matches in bold, markdown-style, and joins matched words side by side', () => {
    expect(markSnippet(`a ${MARK_START}child${MARK_END} ${MARK_START}protection${MARK_END} plan`)).toBe('a **child protection** plan');
  });
});

const db = await fixtureIndex();
runCases('inspect search', [
  {
    name: 'prints hits as CSV with the report, type, id, page, line and snippet',
    args: ['search', 'safeguarding training', '--db', db, '--format', 'csv', '--limit', '2'],
    code: 0,
    stdout: (out) => {
      const [header, ...rows] = out.trimEnd().split('\r\n');
      expect(header).toBe('source,authority,kind,date,type,id,page,line,column,snippet,score');
      expect(rows).toHaveLength(2);
      expect(out).toContain('**');
    },
  },
  {
    name: 'prints NDJSON, one hit a line',
    args: ['search', 'neglect', '--db', db, '--format', 'ndjson', '--authority', 'newham'],
    code: 0,
    stdout: (out) => {
      const hits = out.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.authority === 'newham')).toBe(true);
    },
  },
  { name: 'prints [] when nothing matches', args: ['search', 'xylophone', '--db', db, '--format', 'json'], code: 0, stdout: (out) => expect(out).toBe('[]\n') },
  { name: 'refuses a bad --grade', args: ['search', 'x', '--db', db, '--grade', 'overall'], code: 2, stderr: /--grade: expected AREA=GRADE/ },
  { name: 'refuses words with nothing to search for', args: ['search', '** --', '--db', db], code: 2, stderr: /give some words to search for/ },
  { name: 'says a missing database must be made first (exit 3)', args: ['search', 'x', '--db', join(tempDir(), 'none.sqlite')], code: 3, stderr: /no such file: make it with `inspect index/ },
  { name: 'refuses a bad --since', args: ['search', 'x', '--db', db, '--since', '2019-13'], code: 2, stderr: /YYYY, YYYY-MM or YYYY-MM-DD/ },
]);
