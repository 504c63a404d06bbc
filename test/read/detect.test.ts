/** Choosing a reader: the file's first bytes, then its extension, then markdown; an explicit format always wins. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/read/detect.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac';

describe('detectFormat', () => {
  it.each([
    ['a PDF header', `${SEED}/input.pdf`, 'pdf'],
    ['a zip holding word/', `${SEED}/input.docx`, 'docx'],
    ['an HTML doctype', `${SEED}/input.html`, 'html'],
  ] as const)('knows %s from the content, whatever the name', (_what, file, format) => {
    expect(detectFormat(readFileSync(file), 'report.md')).toEqual({ format, by: 'content' });
  });

  it('finds a PDF header after a little junk, as PDF readers allow', () => {
    expect(detectFormat(bytes('\r\n  %PDF-1.7\n...'), 'x').format).toBe('pdf');
  });

  it.each([
    ['<html lang="en"><body><p>x</p></body></html>', 'html'],
    ['\ufeff  <!DOCTYPE html>\n<html>', 'html'],
    ['<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['<b>Date of Inspection</b>\t<b>28 June</b>', 'markdown'],
    ['# Report\n\n<html> in text', 'markdown'],
  ] as const)('reads %j as %s', (text, format) => {
    expect(detectFormat(Buffer.from(text, 'utf8'), '-').format).toBe(format);
  });

  it.each([
    ['report.PDF', 'pdf'],
    ['report.docx', 'docx'],
    ['page.htm', 'html'],
    ['notes.txt', 'markdown'],
    ['report', 'markdown'],
  ] as const)('falls back on the extension of %s', (path, format) => {
    expect(detectFormat(bytes('plain text'), path)).toEqual({ format, by: path === 'report' ? 'default' : 'extension' });
  });

  it('lets an explicit format win over content and name', () => {
    expect(detectFormat(readFileSync(`${SEED}/input.pdf`), 'x.pdf', 'md')).toEqual({ format: 'markdown', by: 'option' });
    expect(detectFormat(bytes('<p>fragment</p>'), 'x.txt', 'html')).toEqual({ format: 'html', by: 'option' });
  });

  it('names formats it has no reader for', () => {
    expect(detectFormat(bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0'), 'old.doc').kind).toMatch(/^a Word 97-2003 \.doc file/);
    expect(detectFormat(bytes('{\\rtf1\\ansi report}'), 'x.rtf').kind).toBe('an RTF file; save it as .docx or PDF');
    expect(detectFormat(bytes('PK\x03\x04....mimetypeapplication/vnd.oasis.opendocument.text'), 'x.odt').format).toBeNull();
    expect(detectFormat(bytes('not really'), 'old.doc')).toEqual({ format: null, by: 'extension', kind: 'a Word 97-2003 .doc file' });
  });

  it('leaves a zip without word/ under a Word name to the DOCX reader', () => {
    expect(detectFormat(bytes('PK\x03\x04 some other archive'), 'x.docx')).toEqual({ format: 'docx', by: 'extension' });
  });

  it.each([
    ['\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'scan.pdf', 'a PNG image, not a PDF'],
    ['\xff\xd8\xff\xe0\0\x10JFIF', 'report.html', 'a JPEG image, not an HTML page'],
    ['GIF89a\x01\0', 'report.md', 'a GIF image'],
    ['PK\x03\x04 some other archive', 'report.pdf', 'a ZIP archive, not a PDF'],
    ['PK\x03\x04 some other archive', 'x.zip', 'a ZIP archive'],
  ] as const)('knows %j under the name %s is no document: %s', (content, path, kind) => {
    expect(detectFormat(bytes(content), path)).toEqual({ format: null, by: 'content', kind, notADocument: true });
  });
});
