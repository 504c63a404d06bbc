/**
 * The calendar is read back as a calendar program would: lines split on CRLF,
 * unfolded, split into name, parameters and value, TEXT unescaped.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIcs, type CalendarEvent } from '../../src/format/ics.js';
import { formatRows } from '../../src/format/index.js';
import { parseReport } from '../../src/index.js';
import { listRecommendations, recommendationColumns, recommendationEvent } from '../../src/recommendations/index.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';
const STAMP = new Date(Date.UTC(2011, 0, 2, 9, 30, 0));

interface Property {
  name: string;
  params: string[];
  value: string;
}

/** Check the physical lines (CRLF only, at most 75 octets), then unfold and split them. */
function readIcs(text: string): Property[] {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n[ \t]/g, '').slice(0, -2).split('\r\n');
  return unfolded.map((line) => {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    return { name: name!, params, value: line.slice(colon + 1) };
  });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The events of a calendar, each as its properties by name. */
function events(props: Property[]): Map<string, Property>[] {
  expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
  expect(props.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
  expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
  expect(props.find((p) => p.name === 'PRODID')?.value).toBeTruthy();
  const out: Map<string, Property>[] = [];
  let current: Map<string, Property> | null = null;
  for (const p of props) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') current = new Map();
    else if (p.name === 'END' && p.value === 'VEVENT') {
      out.push(current!);
      current = null;
    } else current?.set(p.name, p);
  }
  expect(current).toBeNull();
  return out;
}

describe('formatIcs', () => {
  const text = 'Children’s services – “front door”, triage; step-down\\ and a second line:\nreview by 31 March 2012. '.repeat(3);
  const event: CalendarEvent = { uid: 'abc-R1@inspect', date: '2012-02-29', summary: text, description: text };

  it('folds long lines of multi-byte text at 75 octets without splitting a character, and escapes TEXT', () => {
    const [e] = events(readIcs(formatIcs([event], { stamp: STAMP })));
    expect(unescapeText(e!.get('SUMMARY')!.value)).toBe(text);
    expect(unescapeText(e!.get('DESCRIPTION')!.value)).toBe(text);
    expect(e!.get('SUMMARY')!.value).toContain('\\, triage\\; step-down\\\\ and a second line:\\n');
  });

  it('writes an all-day event: DTSTART;VALUE=DATE on the day, DTEND the next, DTSTAMP in UTC', () => {
    const [e] = events(readIcs(formatIcs([event], { stamp: STAMP })));
    expect(e!.get('DTSTART')).toEqual({ name: 'DTSTART', params: ['VALUE=DATE'], value: '20120229' });
    expect(e!.get('DTEND')).toEqual({ name: 'DTEND', params: ['VALUE=DATE'], value: '20120301' });
    expect(e!.get('DTSTAMP')!.value).toBe('20110102T093000Z');
    expect(e!.get('UID')!.value).toBe('abc-R1@inspect');
    expect(e!.get('TRANSP')!.value).toBe('TRANSPARENT');
  });

  it('removes control characters that TEXT may not hold and escapes the calendar name', () => {
    const props = readIcs(formatIcs([{ ...event, summary: 'a\u0007b\rc' }], { stamp: STAMP, name: 'Deadlines, Essex; 2010' }));
    expect(unescapeText(events(props)[0]!.get('SUMMARY')!.value)).toBe('ab\nc');
    expect(props.find((p) => p.name === 'X-WR-CALNAME')?.value).toBe('Deadlines\\, Essex\\; 2010');
  });

  it('writes each UID once', () => {
    expect(events(readIcs(formatIcs([event, { ...event, summary: 'again' }], { stamp: STAMP })))).toHaveLength(1);
  });

  it('writes a calendar with no events for no deadlines', () => {
    const props = readIcs(formatIcs([], { stamp: STAMP }));
    expect(events(props)).toEqual([]);
    expect(props.map((p) => p.name)).toEqual(expect.arrayContaining(['BEGIN', 'VERSION', 'PRODID', 'END']));
  });
});

describe('the deadlines of the seed as a calendar', () => {
  const bytes = readFileSync(SEED);
  const report = parseReport(bytes.toString('utf8'), { path: SEED });
  const calendar = (stamp: Date) =>
    formatRows(listRecommendations([report], { asOf: '2010-12-01' }).rows, recommendationColumns(), 'ics', {
      calendar: { event: recommendationEvent, stamp },
    });

  it('has one event per deadline on its due date: the action plan, three at 3 months, eight at 6 months', async () => {
    const list = events(readIcs(await calendar(STAMP)));
    const dates = list.map((e) => e.get('DTSTART')!.value);
    expect(list.every((e) => e.get('DTSTART')!.params.join(';') === 'VALUE=DATE')).toBe(true);
    expect(dates.filter((d) => d === '20100921')).toHaveLength(1);
    expect(dates.filter((d) => d === '20101123')).toHaveLength(3);
    expect(dates.filter((d) => d === '20110223')).toHaveLength(8);
    expect(dates).toHaveLength(12);
  });

  it('derives each UID from the report’s sha256 and the recommendation id, the same on every run', async () => {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const uids = (text: string) => events(readIcs(text)).map((e) => e.get('UID')!.value);
    const first = uids(await calendar(STAMP));
    const again = uids(await calendar(new Date(Date.UTC(2012, 5, 1))));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(12);
    expect(first).toContain(`${sha.slice(0, 32)}-R1@inspect`);
    expect(first).toContain(`${sha.slice(0, 32)}-action-plan@inspect`);
  });

  it('keeps the full recommendation text in the description', async () => {
    const r1 = events(readIcs(await calendar(STAMP))).find((e) => e.get('UID')!.value.endsWith('-R1@inspect'))!;
    const description = unescapeText(r1.get('DESCRIPTION')!.value);
    expect(description.startsWith(report.recommendations[0]!.text)).toBe(true);
    expect(description).toContain('Timescale: Within 3 months');
    expect(description).toContain('Who: Essex PCTs');
  });
});
