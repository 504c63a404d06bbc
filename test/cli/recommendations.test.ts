/**
 * `inspect recommendations` from the outside: one table of cases, run
 * in-process through `run()` and again as a real subprocess.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { runCases, type CliCase } from '../helpers/cli.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const NORFOLK = 'fixtures/ofsted-norfolk-lac-2013/input.md';
const DERBYSHIRE = 'fixtures/ofsted-derbyshire-sif-2014/input.md';
const TIMESCALES = 'fixtures/recommendations/timescales.md';
const NO_DATE = 'fixtures/recommendations/no-date.md';
const NONE = 'fixtures/recommendations/none.md';

/** What `inspect parse SEED` prints. */
const seedJson = `${JSON.stringify(parseReport(readFileSync(SEED, 'utf8'), { path: SEED }), null, 2)}\n`;
const dir = mkdtempSync(join(tmpdir(), 'inspect-recs-'));
const badDue = join(dir, 'bad-due.json');
const seedModel = JSON.parse(seedJson);
seedModel.recommendations[0].due = '23/11/2010';
writeFileSync(badDue, JSON.stringify(seedModel));
const brokenJson = join(dir, 'broken.json');
writeFileSync(brokenJson, '{"schemaVersion": "1.0.0", ');

interface Row {
  source: string;
  id: string;
  kind: string;
  due: string | null;
  status: string;
  actor: string | null;
}
const json = (out: string) => JSON.parse(out) as Row[];
const ids = (out: string) => json(out).map((r) => r.id);


const cases: CliCase[] = [
  {
    name: 'prints JSON when piped: the seed’s eleven recommendations and its action plan',
    args: ['recommendations', SEED, '--as-of', '2010-12-01'],
    code: 0,
    stdout: (out) => {
      const rows = json(out);
      expect(rows.map((r) => r.due)).toEqual([...Array(3).fill('2010-11-23'), ...Array(8).fill('2011-02-23'), '2010-09-21']);
      expect(rows.at(-1)).toMatchObject({ id: 'action-plan', kind: 'action-plan', status: 'overdue' });
      expect(rows.every((r) => r.source === SEED)).toBe(true);
    },
  },
  {
    name: 'lists exactly the action plan and the three 3-month recommendations with --as-of 2010-12-01 --overdue',
    args: ['recommendations', SEED, '--as-of', '2010-12-01', '--overdue'],
    code: 0,
    stdout: (out) => {
      expect(ids(out)).toEqual(['R1', 'R2', 'R3', 'action-plan']);
      expect(json(out).every((r) => r.status === 'overdue')).toBe(true);
    },
  },
  {
    name: 'reads the JSON of inspect parse on standard input, sorted by due date with the due date first',
    args: ['recommendations', '--due', '--as-of', '2010-12-01', '-'],
    stdin: seedJson,
    code: 0,
    stdout: (out) => {
      const rows = json(out);
      expect(rows.map((r) => r.id).slice(0, 4)).toEqual(['action-plan', 'R1', 'R2', 'R3']);
      expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(['source', 'due', 'status']);
      expect(rows[0]!.source).toBe(SEED);
    },
  },
  {
    name: 'recomputes the dues of JSON input for --region scotland: the action plan falls due on 20 September',
    args: ['recommendations', '--region', 'scotland', '-'],
    stdin: seedJson,
    code: 0,
    stdout: (out) => expect(json(out).find((r) => r.id === 'action-plan')!.due).toBe('2010-09-20'),
  },
  {
    name: 'recomputes the dues of JSON input from --from',
    args: ['recommendations', '--from', '2010-12-20', '--region', 'scotland', '-'],
    stdin: seedJson,
    code: 0,
    stdout: (out) => {
      const due = Object.fromEntries(json(out).map((r) => [r.id, r.due]));
      expect([due.R1, due.R4, due['action-plan']]).toEqual(['2011-03-20', '2011-06-20', '2011-01-21']);
    },
  },
  {
    name: 'lists Norfolk’s 17 recommendations from its publication date and filters by owner ignoring case',
    args: ['recommendations', NORFOLK, '--actor', 'LOCAL Authority', '--format', 'ndjson'],
    code: 0,
    stdout: (out) => {
      const rows = out.trimEnd().split('\n').map((l) => JSON.parse(l) as Row);
      expect(rows).toHaveLength(17);
      const count = (due: string) => rows.filter((r) => r.due === due).length;
      expect([count('2013-08-16'), count('2013-11-16'), count('2014-02-16')]).toEqual([6, 4, 7]);
    },
  },
  {
    name: 'shows "no deadline" for recommendations without timescales',
    args: ['recommendations', DERBYSHIRE],
    code: 0,
    stdout: (out) => expect(json(out).every((r) => r.due === null && r.status === 'no deadline')).toBe(true),
  },
  {
    name: 'gives each row its source when given several files',
    args: ['recommendations', SEED, NORFOLK, '--before', '2011-01-01'],
    code: 0,
    stdout: (out) => {
      expect(json(out).map((r) => r.source)).toEqual(Array(4).fill(SEED));
      expect(ids(out)).toEqual(['R1', 'R2', 'R3', 'action-plan']);
    },
  },
  {
    name: 'shows the source column in a table of several files',
    args: ['recommendations', SEED, NORFOLK, '--format', 'table', '--due', '--overdue', '--as-of', '2013-09-01'],
    code: 0,
    stdout: (out) => {
      expect(out.split('\n')[1]).toMatch(/│ Source\s+│ Due\s+│ Status\s+│ Id/);
      expect(out).toContain('action plan');
      expect(out).not.toContain('\u001b[');
    },
  },
  {
    name: 'writes RFC 4180 CSV with CRLF line ends',
    args: ['recommendations', TIMESCALES, '--format', 'csv', '--as-of', '2011-09-20'],
    code: 0,
    stdout: (out) => {
      const lines = out.split('\r\n');
      expect(lines[0]).toBe('source,id,kind,group,timescale,due,status,daysLeft,actor,jointReport,text,line,column');
      expect(lines).toHaveLength(1 + 6 + 1);
      expect(lines[1]).toContain('"Testshire Council to review its ""front door"", including referrals, triage and step-down; and report back."');
    },
  },
  {
    name: 'writes an iCalendar file with one all-day event per deadline',
    args: ['recommendations', TIMESCALES, '--format', 'ics'],
    code: 0,
    stdout: (out) => {
      expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      // Six rows, five with a due date: the ongoing one has none.
      expect(out.match(/^DTSTART;VALUE=DATE:/gm)).toHaveLength(5);
      expect(out).toMatch(/^DTSTART;VALUE=DATE:20120229\r$/m);
    },
  },
  {
    name: 'warns with a position when a report has no readable date, and lists null dues',
    args: ['recommendations', NO_DATE],
    code: 0,
    stderr: /^inspect: fixtures\/recommendations\/no-date\.md:1:1: warning: Cannot compute due dates: .* \[no-report-date\]\n$/,
    stdout: (out) => expect(json(out).map((r) => r.status)).toEqual(['no deadline', 'no deadline', 'no deadline']),
  },
  {
    name: 'does not warn once --from gives the date',
    args: ['recommendations', NO_DATE, '--from', '2012-01-10'],
    code: 0,
    stderr: /^$/,
    stdout: (out) => expect(json(out).map((r) => r.due)).toEqual(['2012-04-10', '2012-07-10', '2012-02-07']),
  },
  { name: 'prints [] for a report with no recommendations', args: ['recommendations', NONE], code: 0, stdout: (out) => expect(out).toBe('[]\n') },
  { name: 'prints nothing as NDJSON for no recommendations', args: ['recommendations', NONE, '--format', 'ndjson'], code: 0, stdout: (out) => expect(out).toBe('') },
  {
    name: 'prints only the CSV header for no recommendations',
    args: ['recommendations', NONE, '--format', 'csv'],
    code: 0,
    stdout: (out) => expect(out).toBe('source,id,kind,group,timescale,due,status,daysLeft,actor,jointReport,text,line,column\r\n'),
  },
  {
    name: 'prints a calendar with no events for no recommendations',
    args: ['recommendations', NONE, '--format', 'ics'],
    code: 0,
    stdout: (out) => {
      expect(out).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
      expect(out).toMatch(/END:VCALENDAR\r\n$/);
      expect(out).not.toContain('VEVENT');
    },
  },
  {
    name: 'prints [] when a filter leaves nothing',
    args: ['recommendations', SEED, '--actor', 'nobody at all'],
    code: 0,
    stdout: (out) => expect(out).toBe('[]\n'),
  },
  { name: 'rejects an unknown region', args: ['recommendations', SEED, '--region', 'wales'], code: 2, stderr: /Allowed choices are england-and-wales, scotland, northern-ireland/ },
  { name: 'rejects an unknown format', args: ['recommendations', SEED, '--format', 'xml'], code: 2, stderr: /Allowed choices are table, json, ndjson, csv, ics/ },
  { name: 'rejects a malformed --as-of', args: ['recommendations', SEED, '--as-of', '2010-13-01'], code: 2, stderr: /--as-of <date>' argument '2010-13-01' is invalid. expected a date as YYYY-MM-DD/ },
  { name: 'rejects a malformed --before', args: ['recommendations', SEED, '--before', 'tomorrow'], code: 2, stderr: /expected a date as YYYY-MM-DD, got "tomorrow"/ },
  { name: 'rejects a malformed --from', args: ['recommendations', SEED, '--from', '2011-02-29'], code: 2, stderr: /expected a date as YYYY-MM-DD, got "2011-02-29"/ },
  { name: 'rejects a negative --soon', args: ['recommendations', SEED, '--soon', '-1'], code: 2, stderr: /expected a whole number of days, got "-1"/ },
  { name: 'rejects standard input given twice', args: ['recommendations', '-', '-'], code: 2, stderr: /"-" \(standard input\) can be given only once/ },
  {
    name: 'rejects JSON that fails the schema, naming the JSON path',
    args: ['recommendations', badDue],
    code: 5,
    stderr: /bad-due\.json: not a report JSON: recommendations\[0\]\.due: expected an ISO date \(YYYY-MM-DD\)/,
  },
  { name: 'rejects JSON that does not parse', args: ['recommendations', brokenJson], code: 5, stderr: /broken\.json: not valid JSON/ },
  { name: 'refuses a missing file', args: ['recommendations', join(dir, 'nope.md')], code: 3, stderr: /nope\.md: no such file\n$/ },
];


runCases('inspect recommendations', cases);

describe('inspect recommendations in a shell', () => {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...inherited } = process.env;
  const shell = (command: string, env: Record<string, string> = {}) =>
    spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { ...inherited, ...env } });

  it('works at the end of a pipe: inspect parse r.md | inspect recommendations --due -', () => {
    const result = shell(`node bin/inspect.js parse ${SEED} | node bin/inspect.js recommendations --due --as-of 2010-12-01 -`);
    expect(result.status, result.stderr).toBe(0);
    const rows = json(result.stdout);
    expect(rows.map((r) => [r.id, r.due])).toEqual([
      ['action-plan', '2010-09-21'],
      ...['R1', 'R2', 'R3'].map((id) => [id, '2010-11-23']),
      ...['R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11'].map((id) => [id, '2011-02-23']),
    ]);
  });

  it.each<[string, Record<string, string>, boolean]>([
    ['no colour in a pipe by default', {}, false],
    ['colour in a pipe with FORCE_COLOR=1', { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR wins over NO_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['no colour with NO_COLOR', { NO_COLOR: '1' }, false],
  ])('table: %s', (_, env, coloured) => {
    const out = shell(`node bin/inspect.js recommendations ${SEED} --format table --as-of 2010-12-01 | cat`, env).stdout;
    expect(out).toContain('overdue');
    if (coloured) expect(out).toContain('\u001b[31moverdue\u001b[39m');
    else expect(out).not.toContain('\u001b[');
  });
});
