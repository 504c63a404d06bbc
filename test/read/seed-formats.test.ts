/**
 * The seed report published as HTML, DOCX and PDF (fixtures/FORMATS.md says
 * how each file was made) gives the model the markdown gives: the facts below
 * were counted off the seed by hand, as in test/seed.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse-document.js';
import { parseReport } from '../../src/index.js';
import type { Report } from '../../src/schema/report.js';

const DIR = 'fixtures/essex-2010-cqc-safeguarding-lac';
const markdown = parseReport(readFileSync(`${DIR}/input.md`, 'utf8'), { path: `${DIR}/input.md` });

/** Paragraphs per numbered section, counted by hand (3.12 is missing from the report). */
const SECTION_IDS: Record<number, number> = { 1: 20, 2: 6, 3: 12, 4: 20, 5: 7, 6: 3, 7: 1, 8: 5, 9: 5, 10: 2, 11: 1 };
const IDS = Object.entries(SECTION_IDS).flatMap(([section, count]) =>
  Array.from({ length: count + (section === '3' ? 1 : 0) }, (_, i) => `${section}.${i + 1}`).filter((id) => id !== '3.12'),
);
/** Findings printed wholly in italics: extracts from the joint report. */
const JOINT = [
  '1.5', '1.6', '1.8', '1.19', '1.20', '2.4', '2.5', '3.10', '3.11', '3.13', '4.2', '4.5', '4.7', '4.11', '4.14',
  '4.16', '4.18', '4.19', '4.20', '5.7', '6.1', '8.1', '8.2', '9.2', '9.5', '10.2',
];
// Final report 23 August 2010: "Within 3 months" is due 23 November 2010, "Within 6 months" 23 February 2011.
const DUE = [...Array(3).fill('2010-11-23'), ...Array(8).fill('2011-02-23')];

const FORMATS = [
  ['html', 'input.html'],
  ['docx', 'input.docx'],
  ['pdf', 'input.pdf'],
  ['pdf', 'input-header-footer.pdf'],
  ['pdf', 'input-two-column.pdf'],
] as const;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(FORMATS)('the seed as %s (%s)', (format, file) => {
  let report: Report;
  const parse = async () => (report ??= await parseDocument(readFileSync(`${DIR}/${file}`), { path: `${DIR}/${file}` }));

  it('records the format it was read from', async () => {
    expect((await parse()).source.format).toBe(format);
    expect((await parse()).source.path).toBe(`${DIR}/${file}`);
  });

  it('finds the 82 numbered findings, in order', async () => {
    expect(IDS).toHaveLength(82);
    expect((await parse()).findings.map((f) => f.id)).toEqual(IDS);
  });

  it('reads the 11 recommendations with their due dates from the header table', async () => {
    const r = await parse();
    expect(r.metadata.finalReportDate?.date).toBe('2010-08-23');
    expect(r.recommendations.map((x) => x.due)).toEqual(DUE);
    expect(r.recommendations.map((x) => x.group)).toEqual([...Array(3).fill('Within 3 months'), ...Array(8).fill('Within 6 months')]);
  });

  it('keeps the italics: the joint-report extracts are the same findings', async () => {
    const r = await parse();
    expect(r.findings.filter((f) => f.jointReport === true).map((f) => f.id)).toEqual(JOINT);
    const agree = r.findings.filter((f, i) => f.jointReport === markdown.findings[i]!.jointReport).length;
    expect(agree / markdown.findings.length).toBeGreaterThanOrEqual(0.95);
  });

  it('gives each finding the text the markdown gives, whitespace aside', async () => {
    const r = await parse();
    const same = r.findings.filter((f, i) => normalise(f.text) === normalise(markdown.findings[i]!.text)).length;
    expect(same).toBe(82);
  });
});

describe('PDF layouts of the seed', () => {
  it('drops the running header and the "Page N of M" footer from every page', async () => {
    const r = await parseDocument(readFileSync(`${DIR}/input-header-footer.pdf`), { path: 'x.pdf' });
    const texts = [...r.findings, ...r.sections.flatMap((s) => s.content)].map((x) => x.text);
    expect(texts.filter((t) => /Integrated inspection of safeguarding and looked after children’s services, Essex|Page \d+ of \d+/.test(t))).toEqual([]);
    expect(r.diagnostics.find((d) => d.rule === 'pdf-running-lines')?.severity).toBe('info');
  });

  it('reads a two-column page column by column, with the header table in the left column', async () => {
    const r = await parseDocument(readFileSync(`${DIR}/input-two-column.pdf`), { path: 'x.pdf' });
    expect(r.metadata.chiefExecutive).toBe('Ms Sheila Bremner');
    expect(r.metadata.organisation).toBe('Mid Essex PCT (plus mid Essex NHS Trust)');
    expect(r.sections.map((s) => s.number).filter((n) => n !== null)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(r.diagnostics.find((d) => d.rule === 'pdf-two-columns')?.message).toMatch(/^Read 14 pages as two columns/);
  });

  it('places every position on its PDF page', async () => {
    const r = await parseDocument(readFileSync(`${DIR}/input.pdf`), { path: 'x.pdf' });
    const first = r.findings[0]!.position;
    // 1.1 is on page 3, on the line after the heading "1 General – leadership and management".
    expect(first.start.page).toBe(3);
    expect(first.start.pageLine).toBe(2);
    expect(r.findings.every((f) => f.position.start.page! <= f.position.end.page!)).toBe(true);
    expect(r.recommendations.at(-1)!.position.start.page).toBe(16);
  });
});
