/**
 * Text copied out of a PDF reads as the PDF does: `pdftotext FILE -` (the
 * default mode, what users run) of every PDF in fixtures/archive/ and of the
 * corpus PDFs, parsed as text, gives the finding ids, the recommendation
 * count and groups, the judgement rows (area, grade) and the dates that the
 * PDF gives. What the PDF gives is held to hand-checked values, which this
 * test reads instead of parsing every PDF a second time: the archive's facts
 * files (test/archive-facts.test.ts) and the corpus's expected.json (every
 * PDF fixture reads to it, test/read/seed-formats.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, type Report } from '../../src/index.js';
import { expandRuns, sameArea, type Facts } from '../helpers/facts.js';

const pdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const SKIPPED = "skipped: pdftotext is not on PATH; install Debian's poppler-utils to run it";
if (!pdftotext) console.warn(`test/read/text-from-pdf-archive.test.ts: ${SKIPPED}`);

/** What a text and its PDF must agree on. */
interface Reading {
  findings: string[];
  recommendations: number;
  groups: Array<string | null>;
  judgements: string[];
  dates: { start: string | null; end: string | null; published: string | null };
}

/**
 * PDFs whose text cannot read as the PDF does, each with why: what the text
 * lost that the PDF said. Their tests are expected to fail (`it.fails`), so
 * that a fix shows up as a failure here and the entry is removed; the text's
 * report says what was lost (its `text-from-pdf` diagnostic).
 */
const KNOWN: Record<string, string> = {
  'calderdale--children-s-services-inspection-20-march-2015.pdf':
    'the summary\'s numbered paragraphs and its "what needs to improve" list are told from the findings only by the PDF\'s bold headings',
  'rotherham--children-s-services-inspection-19-november-2014.pdf':
    'the summary\'s numbered paragraphs and its "what needs to improve" list are told from the findings only by the PDF\'s bold headings',
  'surrey--children-s-services-inspection-03-june-2015.pdf':
    'the summary\'s numbered paragraphs and its "what needs to improve" list are told from the findings only by the PDF\'s bold headings',
  'warrington--children-s-services-inspection-12-may-2015.pdf':
    'the summary\'s numbered paragraphs and its "what needs to improve" list are told from the findings only by the PDF\'s bold headings',
  'haringey--children-s-services-inspection-18-july-2014.pdf':
    'the LSCB section\'s heading, its graded line and "Areas for improvement" stand on three lines with no space between, which only the PDF\'s bold parts, so recommendations 106-109 read as findings',
  'nottingham--children-s-services-inspection-07-january-2019.pdf':
    'its graded section headings end with a full stop ("… requires improvement to be good."), which only the PDF\'s bold marks as headings, so its findings read as items of "What needs to improve"',
  'newcastle_upon_tyne--children-s-services-inspection-07-july-2017.pdf':
    'the cover\'s graded sentences (the overall judgement, the LSCB\'s) are set in bold, which the text loses',
  'south_gloucestershire--children-s-services-inspection-13-february-2017.pdf':
    'the cover\'s graded sentences (the overall judgement, the LSCB\'s) are set in bold, which the text loses',
  'stockton-on-tees--children-s-services-inspection-05-august-2016.pdf':
    'the cover\'s graded sentences (the overall judgement, the LSCB\'s) are set in bold, which the text loses',
  'warwickshire--children-s-services-inspection-14-july-2017.pdf':
    'the cover\'s graded sentences (the overall judgement, the LSCB\'s) are set in bold, which the text loses',
  'wolverhampton--children-s-services-inspection-31-march-2017.pdf':
    'the cover\'s graded sentences (the overall judgement, the LSCB\'s) are set in bold, which the text loses',
  'dorset--area-send-full-inspection-15-may-2024.pdf':
    'the bulleted "what needs to improve" items are told from the bullets of the findings only by the PDF\'s bold headings',
  'gateshead--area-send-full-inspection-24-july-2023.pdf':
    'the bulleted "what needs to improve" items are told from the bullets of the findings only by the PDF\'s bold headings',
  'north_northamptonshire--area-send-full-inspection-25-march-2024.pdf':
    'the bulleted "what needs to improve" items are told from the bullets of the findings only by the PDF\'s bold headings',
  'warrington--area-send-full-inspection-05-may-2023.pdf':
    'the bulleted "what needs to improve" items are told from the bullets of the findings only by the PDF\'s bold headings',
  'greenwich--children-s-services-focused-visit-23-august-2021.pdf':
    'its "What needs to improve" heading, on the line after a sentence that ran to the margin, is as long as a line of text, and only the PDF\'s bold tells it from the sentence\'s last line',
  'ofsted-norfolk-lac-2013/input.pdf':
    'the cover prints its labels ("Age group:", "Published:") and then their values, and only the PDF\'s columns pair the publication date with its label',
};

/** A saved web page under a .pdf name: pdftotext reads nothing from it (test/archive-facts.test.ts holds it to not-a-report). */
const NOT_A_PDF = new Set(['birmingham--children-s-services-inspection-19-october-2012.pdf']);

const ARCHIVE = 'fixtures/archive';
const archive = readdirSync(ARCHIVE)
  .filter((name) => name.endsWith('.pdf') && !NOT_A_PDF.has(name))
  .sort()
  .map((name) => ({ name, path: join(ARCHIVE, name), want: () => fromFacts(JSON.parse(readFileSync(join(ARCHIVE, name.replace(/\.pdf$/, '.facts.json')), 'utf8')) as Facts) }));
const corpus = readdirSync('fixtures')
  .filter((dir) => existsSync(join('fixtures', dir, 'input.pdf')) && existsSync(join('fixtures', dir, 'expected.json')))
  .sort()
  .map((dir) => ({ name: `${dir}/input.pdf`, path: join('fixtures', dir, 'input.pdf'), want: () => fromReport(JSON.parse(readFileSync(join('fixtures', dir, 'expected.json'), 'utf8')) as Report) }));

function fromFacts(facts: Facts): Reading & { areas: Facts['judgements'] } {
  const ranges = facts.inspectionDates?.ranges ?? [];
  return {
    findings: expandRuns(facts.findingIds),
    recommendations: facts.recommendations.count,
    groups: facts.recommendations.groups,
    judgements: facts.judgements.map((j) => `${j.grade}: ${j.area}`).sort(),
    dates: { start: ranges[0]?.[0] ?? null, end: ranges.at(-1)?.[1] ?? null, published: facts.publicationDate },
    areas: facts.judgements,
  };
}

function fromReport(report: Report): Reading & { areas: Array<{ area: string; grade: string }> } {
  const reading = readingOf(report, []);
  return { ...reading, areas: report.judgements.map((j) => ({ area: j.area, grade: j.grade.value })) };
}

/** What a report reads, its judgements named as the wanted ones name them where they are the same area. */
function readingOf(report: Report, areas: ReadonlyArray<{ area: string; grade: string }>): Reading {
  const groups = [...new Set(report.recommendations.map((r) => r.group))];
  return {
    findings: report.findings.map((f) => f.id),
    recommendations: report.recommendations.length,
    // The facts list groups only where the recommendations are grouped.
    groups: groups.length === 1 && groups[0] === null ? [] : groups,
    judgements: report.judgements
      .map((j) => {
      const same = areas.find((w) => w.grade === j.grade.value && sameArea(j.area, w.area));
      return `${j.grade.value}: ${same?.area ?? j.area}`;
      })
      .sort(),
    dates: {
      start: report.metadata.inspectionDates?.start ?? null,
      end: report.metadata.inspectionDates?.end ?? null,
      published: report.metadata.publicationDate?.date ?? null,
    },
  };
}

describe.skipIf(!pdftotext)(pdftotext ? 'pdftotext of a PDF, parsed as text' : `pdftotext of a PDF, parsed as text (${SKIPPED})`, () => {
  describe.each([...archive, ...corpus])('$name', ({ name, path, want }) => {
    const read = (() => {
      let report: Report | undefined;
      return () => (report ??= parseReport(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }), { path: `${name}.txt` }));
    })();
    const known = KNOWN[name];

    it('is detected as text copied out of a PDF', () => {
      expect(read().source.format).toBe('text-from-pdf');
    });

    (known ? it.fails : it)(
      `gives the finding ids, recommendations and their groups, judgements and dates of the PDF${known ? ` (known: ${known})` : ''}`,
      () => {
        const { areas, ...wanted } = want();
        const got = readingOf(read(), areas);
        if (wanted.groups.length === 0) got.groups = [];
        expect(got).toEqual(wanted);
      },
    );

    if (known) {
      it('says what the text lost', () => {
        const lost = read().diagnostics.find((d) => d.rule === 'text-from-pdf');
        expect(lost?.message).toMatch(/bold/);
      });
    }
  });
});
