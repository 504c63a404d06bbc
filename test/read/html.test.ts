/** HTML → mdast → the one extractor: markup keeps its meaning, positions point into the HTML. */
import { describe, expect, it } from 'vitest';
import { parseDocument, readDocument } from '../../src/parse-document.js';
import { parseHtml } from '../../src/read/html.js';

const page = (body: string) => Buffer.from(`<!DOCTYPE html>\n<html><head><title>t</title></head><body>\n${body}\n</body></html>\n`);

describe('parseHtml', () => {
  it('makes <em> and <i> emphasis, <strong> and <b> strong, <h2> a heading', () => {
    const tree = parseHtml('<h2>Findings</h2><p><i>one</i> <em>two</em> <b>three</b> <strong>four</strong></p>');
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
    const paragraph = tree.children[1]!;
    expect('children' in paragraph && paragraph.children.map((n) => n.type)).toEqual(['emphasis', 'text', 'emphasis', 'text', 'strong', 'text', 'strong']);
  });

  it('keeps positions into the HTML source', () => {
    const html = '<p>first</p>\n<p><em>second</em></p>';
    const second = parseHtml(html).children[1]!;
    expect(html.slice(second.position!.start.offset, second.position!.end.offset)).toBe('<p><em>second</em></p>');
  });

  it('gives the paragraph made up inside a bare list item the item’s position', () => {
    const html = '<ul>\n<li>an item</li>\n</ul>';
    const list = parseHtml(html).children[0]!;
    const item = 'children' in list ? list.children[0]! : null;
    const paragraph = item && 'children' in item ? item.children[0]! : null;
    expect(paragraph?.type).toBe('paragraph');
    expect(html.slice(paragraph!.position!.start.offset, paragraph!.position!.end.offset)).toBe('an item');
  });

  it('keeps tabs only when asked (for DOCX converted to HTML)', () => {
    const text = (keepTabs: boolean) => JSON.stringify(parseHtml('<p>Date of Inspection\t28 June 2010</p>', { keepTabs }).children[0]);
    expect(text(true)).toContain('Date of Inspection\\t28 June 2010');
    expect(text(false)).toContain('Date of Inspection 28 June 2010');
  });
});

describe('HTML reports', () => {
  it('reads findings, an italic extract, header fields from a table and recommendations', async () => {
    const html = page(`<table><tr><td><b>Date of final Report</b></td><td><b>23rd August 2010</b></td></tr></table>
<h2>1 General</h2>
<p>1.1 A finding in roman.</p>
<p><em>1.2 A finding quoted from the joint report, in italics.</em></p>
<h2>12 Recommendations</h2>
<p><strong>Within 3 months</strong></p>
<ul><li>Essex PCTs to review the service.</li></ul>`);
    const report = await parseDocument(html, { path: 'report.html' });
    expect(report.source.format).toBe('html');
    expect(report.metadata.finalReportDate).toEqual({ date: '2010-08-23', text: '23rd August 2010' });
    expect(report.findings.map((f) => [f.id, f.jointReport])).toEqual([['1.1', false], ['1.2', true]]);
    expect(report.recommendations.map((r) => [r.group, r.due, r.text])).toEqual([['Within 3 months', '2010-11-23', 'Essex PCTs to review the service.']]);
  });

  it('numbers the items of an ordered list as the browser shows them, from its start', async () => {
    const html = page('<h2>Findings</h2>\n<ol start="7"><li>Seventh paragraph.</li><li>Eighth paragraph.</li></ol>');
    const report = await parseDocument(html, { path: 'list.html' });
    expect(report.findings.map((f) => [f.id, f.text])).toEqual([['7', 'Seventh paragraph.'], ['8', 'Eighth paragraph.']]);
  });

  it('points a finding’s position at its element in the HTML', async () => {
    const html = page('<h2>1 General</h2>\n<p>1.1 A finding.</p>');
    const doc = await readDocument(html, { path: 'x.html' });
    const report = await parseDocument(html, { path: 'x.html' });
    const at = report.findings[0]!.position.start.offset;
    expect(doc.text.slice(at, at + 18)).toBe('<p>1.1 A finding.<');
    expect(report.findings[0]!.position.start.line).toBe(4);
  });

  it('reads a page that declares a single-byte charset', async () => {
    const latin1 = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><h2>1 Caf\xe9s</h2><p>1.1 Na\xefve.</p></body></html>', 'latin1');
    const report = await parseDocument(latin1, { path: 'old.html' });
    expect(report.sections[0]!.title).toBe('Cafés');
    expect(report.findings[0]!.text).toBe('Naïve.');
  });
});
