/**
 * `inspect follow-up` from the outside: one table of cases, run in-process
 * through `run()` and again as a real subprocess.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseReport } from '../../src/index.js';
import { runCases, type CliCase } from '../helpers/cli.js';
import { areaIndex, BURY, followUpIndex } from '../follow-up/index-fixture.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const LATER = 'fixtures/follow-up/essex-2012-inspection/later.md';
const REVIEW = 'fixtures/follow-up/essex-2011-review/later.md';
const HULL_2019 = 'fixtures/archive/kingston_upon_hull--children-s-services-inspection-17-may-2019.pdf';
const HULL_2023 = 'fixtures/archive/kingston_upon_hull--children-s-services-inspection-13-january-2023.pdf';
const SUMMARY = '3 met, 1 partly met, 3 not met, 2 repeated, 2 not assessed';

const dir = mkdtempSync(join(tmpdir(), 'inspect-follow-up-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const noRecommendations = file('none.md', '# A report\n\n## Findings\n\n1.1 Practice is good.\n');
const seedJson = JSON.stringify(parseReport(readFileSync(SEED, 'utf8'), { path: SEED }));
// The seed (2010), the review (2011) and the later inspection (2012) as inspections of "essex", the area their titles name; one of Bury (2019).
const DB = await followUpIndex();
// The same three with Bury's 2019 visit filed as Essex's: the last two inspections of any kind are 2012 and 2019.
const AREA_DB = await areaIndex();
const notAnIndex = file('not-an-index.sqlite', 'plain text');

const cases: CliCase[] = [
  {
    name: 'prints the whole follow-up as JSON when piped',
    args: ['follow-up', SEED, LATER],
    code: 0,
    stdout: (out) => {
      const json = JSON.parse(out);
      expect(json.summary).toBe(SUMMARY);
      expect(json.results.map((r: { id: string; status: string }) => `${r.id} ${r.status}`)).toEqual([
        'R1 partly-met', 'R2 met', 'R3 not-met', 'R4 not-assessed', 'R5 met', 'R6 repeated', 'R7 not-assessed', 'R8 not-met', 'R9 met', 'R10 repeated', 'R11 not-met',
      ]);
      expect(json.earlier).toEqual({ path: SEED, title: expect.stringContaining('Inspection Report'), date: '2010-08-23', authority: 'Mid Essex PCT (plus mid Essex NHS Trust)' });
      expect(json.sameAuthority).toBe(true);
    },
  },
  { name: 'prints only the counts with --summary', args: ['follow-up', SEED, LATER, '--summary'], code: 0, stdout: (out) => expect(out).toBe(`${SUMMARY}\n`) },
  {
    name: 'prints the counts as JSON with --summary --format json',
    args: ['follow-up', SEED, REVIEW, '--summary', '--format', 'json'],
    code: 0,
    stdout: (out) => expect(JSON.parse(out)).toEqual({ summary: '3 met, 3 partly met, 1 not met, 2 repeated, 2 not assessed', counts: { met: 3, 'partly-met': 3, 'not-met': 1, repeated: 2, 'not-assessed': 2 }, stated: 11 }),
  },
  {
    name: 'prints a table for people with the status, the sentence and where it is, then the counts',
    args: ['follow-up', SEED, LATER, '--format', 'table'],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/│ Earlier │ Status/);
      expect(out).toMatch(/│ R9 +│ met /);
      expect(out).toContain('line 31,');
      expect(out.trimEnd().split('\n').at(-1)).toBe(SUMMARY);
    },
  },
  {
    name: 'prints one CSV row per earlier recommendation',
    args: ['follow-up', SEED, LATER, '--format', 'csv'],
    code: 0,
    stdout: (out) => {
      const lines = out.split('\r\n').filter(Boolean);
      expect(lines[0]).toBe('id,status,basis,asks,recommendation,evidence,where,evidenceKind,evidenceId,page,line,score,repeatedBy,decidedBy,nearest,nearestWhere,nearestScore');
      expect(lines).toHaveLength(12);
      expect(lines[9]).toMatch(/^R9,met,inferred,,/);
    },
  },
  {
    name: 'prints one JSON object per earlier recommendation with --format ndjson',
    args: ['follow-up', SEED, LATER, '--format', 'ndjson'],
    code: 0,
    stdout: (out) => {
      const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(lines.map((l) => l.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11']);
      expect(lines[0].asks.map((a: { status: string }) => a.status)).toEqual(['met', 'not-met']);
    },
  },
  {
    name: 'prints a board paper with --format markdown',
    args: ['follow-up', SEED, REVIEW, '--format', 'markdown'],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/^# Follow-up of recommendations\n/);
      expect(out).toContain('**3 met, 3 partly met, 1 not met, 2 repeated, 2 not assessed** (11 recommendations; 11 stated by the later report, 0 inferred from its findings).');
      expect(out).toContain('| R5 |');
      expect(out).toContain('## Still open');
    },
  },
  { name: 'reads the earlier report as the JSON `inspect parse` printed, on standard input', args: ['follow-up', '-', LATER, '--summary'], stdin: seedJson, code: 0, stdout: (out) => expect(out).toBe(`${SUMMARY}\n`) },
  {
    name: 'reads two published PDFs',
    args: ['follow-up', HULL_2019, HULL_2023, '--format', 'json'],
    code: 0,
    stdout: (out) => {
      const json = JSON.parse(out);
      expect(json.results).toHaveLength(10);
      // Paragraph 37 of the 2023 report states progress against the 2019 areas for improvement.
      const r1 = json.results[0];
      expect(r1).toMatchObject({ status: 'partly-met', basis: 'stated' });
      expect(r1.asks[0].evidence[0]).toMatchObject({ page: 7, stated: true, sentence: expect.stringContaining('have not been fully progressed') });
    },
  },
  {
    name: 'warns on stderr when the earlier report has no recommendations, and prints no rows',
    args: ['follow-up', noRecommendations, LATER, '--summary'],
    code: 0,
    stderr: /none\.md: warning: the earlier report has no recommendations to follow up/,
    stdout: (out) => expect(out).toBe('no recommendations to follow up\n'),
  },
  { name: 'warns when the later report is the older one', args: ['follow-up', LATER, SEED, '--summary'], code: 0, stderr: /is older than .*give the earlier report first/ },
  {
    name: 'warns when the two reports name different authorities',
    args: ['follow-up', SEED, 'fixtures/ofsted-norfolk-lac-2013/input.md', '--summary'],
    code: 0,
    stderr: /warning: the two reports name different authorities \(Mid Essex PCT .*; Norfolk County Council\)/,
  },
  { name: 'exits 3 with one line for a report that does not exist', args: ['follow-up', SEED, 'missing.md'], code: 3, stderr: /^inspect: missing\.md: no such file\n$/ },
  { name: 'exits 2 when both reports are standard input', args: ['follow-up', '-', '-'], code: 2, stderr: /standard input can be only one/ },
  { name: 'exits 2 for an unknown format', args: ['follow-up', SEED, LATER, '--format', 'xml'], code: 2, stderr: /Allowed choices are table, json, ndjson, csv, markdown/ },

  // Two inspections from the index.
  { name: 'follows up the inspections on two dates of the index, as it does the files', args: ['follow-up', '--db', DB, '--authority', 'essex', '2010', '2012-05', '--summary'], code: 0, stdout: (out) => expect(out).toBe(`${SUMMARY}\n`) },
  {
    name: "follows up the authority's last two inspections with --latest",
    args: ['follow-up', '--db', DB, '--authority', 'essex', '--latest', '--format', 'json'],
    code: 0,
    stdout: (out) => {
      const json = JSON.parse(out);
      expect([json.earlier.path, json.later.path]).toEqual([REVIEW, LATER]);
    },
  },
  {
    name: 'takes the last two of one kind with --kind',
    args: ['follow-up', '--db', AREA_DB, '--authority', 'essex', '--latest', '--kind', 'cqc-safeguarding', '--format', 'json'],
    code: 0,
    stdout: (out) => {
      const json = JSON.parse(out);
      expect([json.earlier.path, json.later.path]).toEqual([REVIEW, LATER]);
    },
  },
  { name: 'exits 2 for a kind of which the authority has too few', args: ['follow-up', '--db', DB, '--authority', 'essex', '--latest', '--kind', 'ilacs'], code: 2, stderr: /: the index holds no dated ilacs inspections of "essex"; a follow-up needs two\n$/ },
  {
    name: 'warns when the later report inspects other services than the earlier',
    args: ['follow-up', SEED, BURY, '--summary'],
    code: 0,
    stderr: /^inspect: warning: the earlier report is a cqc-safeguarding inspection \(health services\), the later a focused-visit one \(children's social care\): what the later does not review comes out not assessed\n/,
  },
  { name: 'takes the two dates in either order', args: ['follow-up', '--db', DB, '--authority', 'essex', '2012-05-10', '2010-07-01', '--summary'], code: 0, stdout: (out) => expect(out).toBe(`${SUMMARY}\n`) },
  { name: 'exits 2 naming the authorities the index holds, for one it does not', args: ['follow-up', '--db', DB, '--authority', 'haringey', '--latest'], code: 2, stderr: /^inspect: .*reports\.sqlite: no reports of the authority "haringey" \(it holds bury, essex\)\n$/ },
  { name: 'exits 2 when the authority has one inspection', args: ['follow-up', '--db', DB, '--authority', 'bury', '--latest'], code: 2, stderr: /: the index holds 1 dated inspection of "bury"; a follow-up needs two\n$/ },
  { name: 'exits 2 for a date with no inspection, listing the dates there are', args: ['follow-up', '--db', DB, '--authority', 'essex', '2010', '2013'], code: 2, stderr: /: no inspection of "essex" in 2013 \(the index holds 2010-06-28, 2011-04-11, 2012-05-07\)\n$/ },
  { name: 'exits 2 for two dates of the same inspection', args: ['follow-up', '--db', DB, '--authority', 'essex', '2010-06-28', '2010-08'], code: 2, stderr: /2010-06-28 and 2010-08 name the same inspection of "essex" \(2010-06-28\): give two/ },
  { name: 'exits 2 for a date that is not one', args: ['follow-up', '--db', DB, '--authority', 'essex', '2010', '2012-13'], code: 2, stderr: /expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2012-13"; with --db, the two arguments are the dates of inspections/ },
  { name: 'exits 2 for --db without --authority', args: ['follow-up', '--db', DB, '--latest'], code: 2, stderr: /--db needs --authority KEY/ },
  { name: 'exits 2 for --latest with dates as well', args: ['follow-up', '--db', DB, '--authority', 'essex', '--latest', '2010'], code: 2, stderr: /give either --latest or two dates/ },
  { name: 'exits 2 for --db with one date', args: ['follow-up', '--db', DB, '--authority', 'essex', '2010'], code: 2, stderr: /give --latest or the dates of two inspections of "essex"/ },
  { name: 'exits 2 for --authority without --db', args: ['follow-up', '--authority', 'bury', '--latest'], code: 2, stderr: /--authority, --latest and --kind choose inspections from an index: give --db FILE too/ },
  { name: 'exits 2 for --kind without --db', args: ['follow-up', SEED, LATER, '--kind', 'ilacs'], code: 2, stderr: /--kind choose inspections from an index: give --db FILE too/ },
  { name: 'exits 2 for one report without --db', args: ['follow-up', SEED], code: 2, stderr: /give two reports, the earlier first/ },
  { name: 'exits 8 for a --db file that is not an index', args: ['follow-up', '--db', notAnIndex, '--authority', 'bury', '--latest'], code: 8, stderr: /not-an-index\.sqlite: is not an SQLite database/ },
];

runCases('inspect follow-up', cases);
