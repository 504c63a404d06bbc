/**
 * The archive sample (fixtures/archive/): 41 published Ofsted reports of
 * every family, each held to the facts a person read off its text
 * (`<name>.facts.json`, see fixtures/archive/FACTS.md). The facts are never
 * regenerated from the parser's output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it as vitestIt } from 'vitest';
import { parseDocument, type Report } from '../src/index.js';
import { expandRuns, sameArea, words, type Facts } from './helpers/facts.js';

const DIR = 'fixtures/archive';

/**
 * Facts the parser does not meet yet, each with why: the test of each is
 * expected to fail (`it.fails`), so that a fix shows up as a failure here
 * and the entry is removed. Nothing else is excused.
 */
const KNOWN_GAPS: Record<string, Record<string, string>> = {
  'south_gloucestershire--children-s-services-inspection-13-february-2017.facts.json': {
    'reads the title as printed': 'its title lines and its date lines come out of the PDF as one paragraph under the council name',
  },
};

const factFiles = readdirSync(DIR)
  .filter((name) => name.endsWith('.facts.json'))
  .sort();

describe.each(factFiles)('%s', (factFile) => {
  const gaps = KNOWN_GAPS[factFile] ?? {};
  const it = (name: string, test: () => void | Promise<void>) => (gaps[name] ? vitestIt.fails(`${name} (known gap: ${gaps[name]})`, test) : vitestIt(name, test));
  const facts = JSON.parse(readFileSync(join(DIR, factFile), 'utf8')) as Facts;
  let r: Report;
  beforeAll(async () => {
    r = await parseDocument(new Uint8Array(readFileSync(join(DIR, facts.file))), { path: facts.file });
  });

  it('reads its family from its words', () => {
    expect(r.metadata.kind).toBe(facts.kind === 'not-a-report' ? 'unknown' : facts.kind);
  });

  if (facts.kind === 'not-a-report') {
    it('says it is not a report, and reads nothing from it', () => {
      expect(r.diagnostics.map((d) => d.rule)).toContain('not-a-report');
      expect(r.findings).toEqual([]);
      expect(r.recommendations).toEqual([]);
      expect(r.judgements).toEqual([]);
    });
    return;
  }

  it('reads the title as printed', () => {
    expect(words(r.title ?? '')).toBe(words(facts.title ?? ''));
  });

  it('names the authority inspected, and its key', () => {
    expect(r.metadata.organisation ?? null).toBe(facts.organisation);
    expect(r.metadata.authority ?? null).toBe(facts.authority);
  });

  it('reads the inspection dates and the publication date', () => {
    const dates = r.metadata.inspectionDates;
    if (facts.inspectionDates === null) expect(dates).toBeUndefined();
    else {
      const ranges = facts.inspectionDates.ranges;
      expect(dates?.start).toBe(ranges[0]![0]);
      expect(dates?.end).toBe(ranges.at(-1)![1]);
      if (ranges.length > 1) expect(dates?.ranges?.map((span) => [span.start, span.end])).toEqual(ranges);
      expect(words(dates!.text)).toBe(words(facts.inspectionDates.text));
    }
    expect(r.metadata.publicationDate?.date ?? null).toBe(facts.publicationDate);
  });

  it('names the lead inspector and the team', () => {
    expect(r.metadata.inspector ?? null).toBe(facts.leadInspector);
    expect(r.metadata.team ?? []).toEqual(facts.team);
  });

  it('reads every judgement, with its grade, its words and its part', () => {
    const got = r.judgements.map((j) => ({ area: j.area, grade: j.grade.value, words: words(j.grade.text), part: j.part }));
    const want = facts.judgements.map((j) => ({ ...j, words: words(j.words) }));
    const unmatched = want.filter((w) => !got.some((g) => g.grade === w.grade && g.part === w.part && g.words === w.words && sameArea(g.area, w.area)));
    expect(unmatched).toEqual([]);
    expect(got.length).toBe(want.length);
  });

  it('reads every numbered finding, and no grid row or recommendation as one', () => {
    expect(r.findings.map((f) => f.id)).toEqual(expandRuns(facts.findingIds));
  });

  it('reads every recommendation, with its part, number and group', () => {
    const { recommendations: want } = facts;
    expect(r.recommendations.length).toBe(want.count);
    expect(r.recommendations.filter((x) => x.part === 'main').length).toBe(want.byPart.main);
    expect(r.recommendations.filter((x) => x.part === 'lscb').length).toBe(want.byPart.lscb);
    expect(r.recommendations.flatMap((x) => (x.number ? [x.number] : []))).toEqual(expandRuns(want.ids));
    if (want.groups.length > 0) expect([...new Set(r.recommendations.map((x) => x.group))]).toEqual(want.groups);
  });

  if (facts.outcome !== null) {
    it('reads the area SEND outcome', () => {
      expect(r.metadata.outcome?.category).toBe(facts.outcome);
    });
  }
});
