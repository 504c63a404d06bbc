/**
 * The PDF reader on real published reports and on files it must refuse.
 * The two Ofsted PDFs are compared with their hand-cleaned .md text
 * (fixtures/CORPUS-SOURCES.md): same numbered paragraphs, same
 * recommendations, running headers and page numbers gone, paragraphs joined
 * across pages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse-document.js';
import { parseReport } from '../../src/index.js';
import { DocumentError } from '../../src/read/detect.js';
import { readPdf } from '../../src/read/pdf/read.js';
import type { Report } from '../../src/schema/report.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

async function both(name: string): Promise<{ md: Report; pdf: Report }> {
  const dir = `fixtures/${name}`;
  return {
    md: parseReport(readFileSync(`${dir}/input.md`, 'utf8'), { path: `${dir}/input.md` }),
    pdf: await parseDocument(readFileSync(`${dir}/input.pdf`), { path: `${dir}/input.pdf` }),
  };
}

describe('Norfolk 2013, as published', async () => {
  const { md, pdf } = await both('ofsted-norfolk-lac-2013');

  it('finds the 72 numbered paragraphs the .md has', () => {
    expect(pdf.findings.map((f) => f.id)).toEqual(range(1, 72));
    expect(pdf.findings.map((f) => f.id)).toEqual(md.findings.map((f) => f.id));
  });

  it('reads the 17 recommendations in their three timescale groups', () => {
    expect(pdf.recommendations.map((r) => `${r.group}|${r.due}`)).toEqual([
      ...Array(6).fill('Immediately|2013-08-16'),
      ...Array(4).fill('Within three months|2013-11-16'),
      ...Array(7).fill('Within six months|2014-02-16'),
    ]);
    expect(pdf.recommendations.map((r) => normalise(r.text))).toEqual(md.recommendations.map((r) => normalise(r.text)));
  });

  it('gives every paragraph the text of the .md, without running headers or page numbers', () => {
    expect(pdf.findings.filter((f, i) => normalise(f.text) === normalise(md.findings[i]!.text))).toHaveLength(72);
    expect(pdf.findings.some((f) => f.text.includes('Norfolk County Council Inspection of looked after children services'))).toBe(false);
  });

  it('joins paragraph 11, which a page break splits after "as yet"', () => {
    expect(pdf.findings[10]!.text).toContain('The early help offer is as yet unclear.');
    expect(pdf.findings[10]!.paragraphs).toBe(1);
    // Pages 6 and 7 of the file (printed as 4 and 5).
    expect(pdf.findings[10]!.position.start.page).toBe(6);
    expect(pdf.findings[10]!.position.end.page).toBe(7);
  });

  it('reads the header table and the record of main findings', () => {
    expect(pdf.metadata.inspectionDates).toEqual(md.metadata.inspectionDates);
    expect(pdf.metadata.finalReportDate).toEqual({ date: '2013-08-16', text: '16 August 2013' });
    expect(pdf.metadata.inspector).toBe('Gary Lamb');
    expect(pdf.judgements.map((j) => j.area)).toEqual(md.judgements.map((j) => j.area));
  });

  it('says it removed the running header', () => {
    const removed = pdf.diagnostics.find((d) => d.rule === 'pdf-running-lines');
    expect(removed?.message).toMatch(/^Removed 21 running header, footer and page number lines/);
  });
});

describe('Newham 2019, as published', async () => {
  const { md, pdf } = await both('ofsted-newham-ilacs-2019');

  it('finds the 44 numbered paragraphs and the 11 things to improve', () => {
    expect(pdf.findings.map((f) => f.id)).toEqual(range(1, 44));
    expect(pdf.recommendations.map((r) => normalise(r.text))).toEqual(md.recommendations.map((r) => normalise(r.text)));
    expect(pdf.recommendations).toHaveLength(11);
  });

  it('joins the paragraphs that run over a page, as the .md has them', () => {
    expect(pdf.findings.filter((f, i) => normalise(f.text) === normalise(md.findings[i]!.text))).toHaveLength(44);
    expect(pdf.findings[0]!.text).toContain('This means that some children wait for assessments');
    expect(pdf.findings[4]!.text).toContain('has taken place to inform risk analysis');
  });

  it('reads the judgement table, whose first cells wrap', () => {
    expect(pdf.judgements.map((j) => [j.area, j.grade.value])).toEqual(md.judgements.map((j) => [j.area, j.grade.value]));
  });

  it('reads the lead inspector from a field set in bold', () => {
    expect(pdf.metadata.inspector).toBe('Dawn Godfrey');
    expect(pdf.metadata.inspectionDates).toEqual({ start: '2019-02-11', end: '2019-02-22', text: '11 February 2019 to 22 February 2019' });
  });
});

describe('PDFs that cannot be read', () => {
  const seed = readFileSync('fixtures/essex-2010-cqc-safeguarding-lac/input.pdf');
  const refuse = async (bytes: Uint8Array, path: string) => {
    try {
      await readPdf(bytes, { path });
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError);
      return { problem: (error as DocumentError).problem, message: (error as Error).message };
    }
    throw new Error('read without an error');
  };

  it('refuses an encrypted PDF', async () => {
    expect(await refuse(readFileSync('fixtures/formats/encrypted.pdf'), 'locked.pdf')).toEqual({
      problem: 'encrypted',
      message: 'locked.pdf: is an encrypted PDF that needs a password; save an unprotected copy first',
    });
  });

  it('refuses a scanned PDF with no text layer', async () => {
    expect(await refuse(readFileSync('fixtures/formats/scanned.pdf'), 'scan.pdf')).toEqual({
      problem: 'no-text',
      message: 'scan.pdf: is a PDF with no text layer (1 page of images?); run OCR on it first',
    });
  });

  it('refuses a truncated PDF', async () => {
    const result = await refuse(seed.subarray(0, 5000), 'cut.pdf');
    expect(result.problem).toBe('corrupt');
    expect(result.message).toMatch(/^cut\.pdf: is not a readable PDF/);
  });

  it('refuses bytes that only start like a PDF', async () => {
    expect((await refuse(Buffer.from('%PDF-1.7\nnothing else\n'), 'fake.pdf')).problem).toBe('corrupt');
  });

  it('stops at the time limit instead of reading on', async () => {
    try {
      await readPdf(seed, { path: 'slow.pdf', limits: { totalTimeoutMs: 1 } });
      throw new Error('read without an error');
    } catch (error) {
      expect((error as DocumentError).problem).toBe('timeout');
      expect((error as Error).message).toMatch(/^slow\.pdf: took longer than 0\.001 s to read \(stopped at page \d+ of 16\)$/);
    }
  });

  it('reads only the pages the limit allows, and says so', async () => {
    const doc = await readPdf(seed, { path: 'long.pdf', limits: { maxPages: 2 } });
    expect(doc.pageCount).toBe(16);
    expect(doc.diagnostics.map((d) => [d.rule, d.message])).toContainEqual(['pdf-page-limit', 'Only the first 2 of 16 pages were read']);
  });
});

/** A PDF written by hand: one content stream per page, fonts by base name (not embedded). */
function buildPdf(pages: string[], fonts: Record<string, string>): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>'];
  const names = Object.keys(fonts);
  const firstFont = 3 + pages.length * 2;
  objects.push(`<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  const fontRefs = names.map((name, i) => `/${name} ${firstFont + i} 0 R`).join(' ');
  pages.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << ${fontRefs} >> >> /Contents ${4 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  for (const name of names) objects.push(`<< /Type /Font /Subtype /Type1 /BaseFont /${fonts[name]} >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const text = (font: string, x: number, y: number, s: string) => `BT /${font} 12 Tf ${x} ${y} Td (${s}) Tj ET`;

describe('fonts and pages, in PDFs written by hand', () => {
  it('reads italic and bold from the font names', async () => {
    const bytes = buildPdf(
      [[text('B', 72, 720, 'Findings'), text('R', 72, 690, '1.1 The first finding, in roman.'), text('I', 72, 660, '1.2 The second, an extract in italics.')].join('\n')],
      { R: 'Helvetica', I: 'Helvetica-Oblique', B: 'Helvetica-Bold' },
    );
    const doc = await readPdf(bytes, { path: 'fonts.pdf' });
    expect(doc.markdown).toBe('**Findings**\n\n1.1 The first finding, in roman.\n\n1.2 *The second, an extract in italics.*\n');
    expect(doc.diagnostics).toEqual([]);
    const report = await parseDocument(bytes, { path: 'fonts.pdf' });
    expect(report.findings.map((f) => [f.id, f.jointReport])).toEqual([['1.1', false], ['1.2', true]]);
  });

  it('warns that italics cannot be told apart when the fonts have no style in their names', async () => {
    const bytes = buildPdf([[text('F1', 72, 720, '1.1 A finding set in a font called F1.'), text('F2', 72, 690, '1.2 Another in F2.')].join('\n')], {
      F1: 'F1',
      F2: 'F2',
    });
    const report = await parseDocument(bytes, { path: 'plain.pdf' });
    const warning = report.diagnostics.find((d) => d.rule === 'pdf-font-style-unknown');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toMatch(/^100% of the text is set in fonts whose names carry no style/);
  });

  it('warns about a page with no text between pages with text', async () => {
    const bytes = buildPdf([text('R', 72, 720, 'Page one.'), '', text('R', 72, 720, 'Page three.')], { R: 'Helvetica' });
    const doc = await readPdf(bytes, { path: 'gap.pdf' });
    expect(doc.markdown).toBe('Page one.\n\nPage three.\n');
    expect(doc.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['pdf-page-no-text', '1 page has no text (scanned images?): 2; their content is missing'],
    ]);
  });

  it('leaves out rotated text and says so', async () => {
    const bytes = buildPdf([[text('R', 72, 720, 'Upright text.'), 'BT /R 12 Tf 0 1 -1 0 580 100 Tm (Sideways margin note) Tj ET'].join('\n')], { R: 'Helvetica' });
    const doc = await readPdf(bytes, { path: 'rotated.pdf' });
    expect(doc.markdown).toBe('Upright text.\n');
    expect(doc.diagnostics.map((d) => d.rule)).toEqual(['pdf-rotated-text']);
  });
});
