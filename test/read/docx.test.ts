/** DOCX → HTML (mammoth) → the HTML reader, with Word's own paragraph numbers written in. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse-document.js';
import { DocumentError } from '../../src/read/detect.js';
import { docxToHtml } from '../../src/read/docx.js';

describe('DOCX reports', () => {
  it('keeps italic runs, bold runs, heading styles and tables in the HTML', async () => {
    const { html, notes } = await docxToHtml(readFileSync('fixtures/essex-2010-cqc-safeguarding-lac/input.docx'));
    expect(html).toContain('<h2><strong>The Inspection Process</strong></h2>');
    expect(html).toContain('<p><em>1.5 Currently, not all members of the ESCB executive board');
    expect(html).toContain('<tr><td><p><strong>Date of final Report</strong></p>\n</td><td><p><strong>23rd August 2010</strong></p>');
    expect(notes).toEqual([]);
  });

  it('writes Word’s automatic numbers, continued and restarted as Word shows them', async () => {
    // fixtures/formats/numbered.docx: 1, 2 | heading | 3, 4 | heading | a new list from 1 (see fixtures/FORMATS.md).
    const report = await parseDocument(readFileSync('fixtures/formats/numbered.docx'), { path: 'numbered.docx' });
    expect(report.source.format).toBe('docx');
    expect(report.findings.map((f) => [f.id, f.text])).toEqual([
      ['1', 'First paragraph.'],
      ['2', 'Second paragraph.'],
      ['3', 'Third paragraph, after a heading.'],
      ['4', 'Fourth paragraph.'],
      ['1', 'A list that starts again.'],
    ]);
  });

  it('refuses a file that is not a zip archive', async () => {
    await expect(docxToHtml(Buffer.from('plain text, not a zip'), { path: 'x.docx' })).rejects.toThrowError(
      new DocumentError('x.docx', 'corrupt', 'is not a valid DOCX file (not a readable zip archive)'),
    );
  });

  it('refuses a zip archive without a Word document in it', async () => {
    // A stored (uncompressed) zip with one file, "a.txt", written out by hand.
    const name = Buffer.from('a.txt');
    const data = Buffer.from('hello');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(46 + name.length, 12);
    end.writeUInt32LE(30 + name.length + data.length, 16);
    const zip = Buffer.concat([local, name, data, central, name, end]);
    await expect(docxToHtml(zip, { path: 'other.docx' })).rejects.toThrow('other.docx: is a zip archive but not a Word document (no word/document.xml)');
  });
});
