/** The one pipeline for every format: bytes → reader → mdast → extractor → model with source.format. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument, parseReport, readDocument } from '../../src/index.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';

describe('parseDocument', () => {
  it('gives exactly what parseReport gives for markdown', async () => {
    const bytes = readFileSync(SEED);
    const viaDocument = await parseDocument(bytes, { path: SEED });
    expect(viaDocument).toEqual(parseReport(bytes.toString('utf8'), { path: SEED, source: { bytes: bytes.length, sha256: viaDocument.source.sha256 } }));
    expect(viaDocument.source.format).toBe('markdown');
  });

  it('records the bytes and hash of the original file, not of the text made from it', async () => {
    const bytes = readFileSync('fixtures/essex-2010-cqc-safeguarding-lac/input.docx');
    const report = await parseDocument(bytes, { path: 'x.docx' });
    expect(report.source).toEqual({
      path: 'x.docx',
      bytes: bytes.length,
      sha256: (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'),
      format: 'docx',
    });
  });

  it('passes the clock options to the extractor', async () => {
    const bytes = readFileSync('fixtures/essex-2010-cqc-safeguarding-lac/input.html');
    const report = await parseDocument(bytes, { path: 'x.html', from: '2011-01-10' });
    // Three months from 10 January 2011.
    expect(report.recommendations[0]!.due).toBe('2011-04-10');
  });

  it('refuses a format it has no reader for', async () => {
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(parseDocument(doc, { path: 'old.doc' })).rejects.toBeInstanceOf(DocumentError);
    await expect(parseDocument(doc, { path: 'old.doc' })).rejects.toMatchObject({ problem: 'unsupported' });
  });
});

describe('readDocument', () => {
  it('returns the tree and the text its positions point into', async () => {
    const doc = await readDocument(readFileSync('fixtures/essex-2010-cqc-safeguarding-lac/input.pdf'), { path: 'x.pdf' });
    expect(doc.format).toBe('pdf');
    const heading = doc.tree.children.find((node) => node.type === 'heading')!;
    expect(doc.text.slice(heading.position!.start.offset, heading.position!.end.offset)).toBe('# The Inspection Process');
    expect(doc.pages?.[0]).toEqual({ offset: 0, page: 1, line: 1 });
  });
});
