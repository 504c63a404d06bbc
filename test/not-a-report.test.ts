/**
 * A file that is no inspection report, whatever its name, says so and gives
 * no findings: a saved web page under a .pdf name, an image or an archive
 * renamed .pdf, a letter that is not an inspection. A batch counts them in
 * one line on stderr.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument, parseReport } from '../src/index.js';
import { runSubprocess } from './helpers/cli.js';

const WEB_PAGE = 'fixtures/archive/birmingham--children-s-services-inspection-19-october-2012.pdf';
const PNG = Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0', 'latin1');
const ZIP = Buffer.from('PK\x03\x04\x14\0\0\0\0\0 some archive', 'latin1');
const LETTER = 'Dear Mr Jones,\n\nThank you for your letter of 3 May about the parking permit for Elm Road. We will reply within 20 working days.\n\nYours sincerely,\n\nJane Smith\nParking Services\n';

describe('not-a-report', () => {
  it('says a saved "Report not found" web page under a .pdf name is not a report, and reads no findings from its breadcrumb list', async () => {
    const report = await parseDocument(new Uint8Array(readFileSync(WEB_PAGE)), { path: WEB_PAGE });
    expect(report.diagnostics.map((d) => d.rule)).toContain('not-a-report');
    expect(report.findings).toEqual([]);
  });

  it.each([
    ['a PNG image', PNG, 'scan.pdf', 'scan.pdf: is a PNG image, not a PDF'],
    ['a ZIP archive', ZIP, 'report.pdf', 'report.pdf: is a ZIP archive, not a PDF'],
  ])('refuses %s renamed .pdf, saying what it is', async (_what, bytes, path, message) => {
    const error = await parseDocument(new Uint8Array(bytes), { path }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect(error).toMatchObject({ problem: 'not-a-report', message });
  });

  it('says a letter that is not an inspection is not a report', () => {
    const report = parseReport(LETTER);
    expect(report.diagnostics.map((d) => d.rule)).toContain('not-a-report');
    expect(report.findings).toEqual([]);
  });

  it('gives no family to a text that only names one: a README on focused visit letters is no focused visit', () => {
    const report = parseReport('# Fixtures\n\nReal reports from a public archive: single inspections, focused visit letters and area SEND inspections, with what a user expects of each.\n');
    expect(report.diagnostics.map((d) => d.rule)).toContain('not-a-report');
    expect(report.metadata.kind).toBe('unknown');
  });

  it('keeps the numbered items of a report of a known family, however short', () => {
    const report = parseReport('# Inspection of Norfolk local authority children’s services\n\n1. Home\n2. Away\n');
    expect(report.findings.map((f) => f.id)).toEqual(['1', '2']);
  });

  it('counts the files that are not reports in a batch, in one line on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-not-a-report-'));
    copyFileSync(WEB_PAGE, join(dir, 'a-page.pdf'));
    writeFileSync(join(dir, 'b-scan.pdf'), PNG);
    writeFileSync(join(dir, 'c-letter.txt'), LETTER);
    copyFileSync('fixtures/ofsted-norfolk-lac-2013/input.md', join(dir, 'd-norfolk.md'));
    const result = runSubprocess(['parse', dir, '--glob', '*']);
    expect(result.stderr).toMatch(/b-scan\.pdf: is a PNG image, not a PDF\n/);
    expect(result.stderr).toMatch(/^inspect: 3 of 4 files are not an inspection report \(not-a-report\)$/m);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3);
  });
});
