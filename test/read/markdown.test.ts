/**
 * GFM table support is loaded only for text that could hold a table (its
 * import costs a sixth of a cold start). Every entry point must load it
 * before parsing such text; this file imports the reader alone, without the
 * package entry that loads it up front.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runSubprocess } from '../helpers/cli.js';

const TABLE_REPORT = 'fixtures/variants/pipe-table-header/input.md';
const HEADER_FIELDS = ['Date of Inspection', 'Date of final Report', 'Chief Executive', 'Organisation Name', 'Organisation Address', 'CQC Inspector name'];

const labels = (json: string) => (JSON.parse(json) as { metadata: { fields: Array<{ label: string }> } }).metadata.fields.map((f) => f.label);

describe('markdown reader', () => {
  it('parses text without a delimiter row without loading table support', async () => {
    const { parseMarkdown } = await import('../../src/read/markdown.js');
    expect(parseMarkdown('# Title\n\n1.1 A finding | with a pipe.').children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
  });

  it('refuses, with a message naming the fix, a table it has not loaded support for', async () => {
    const { parseMarkdown } = await import('../../src/read/markdown.js');
    expect(() => parseMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toThrow(/await readyToParse/);
  });

  it('reads the table once readyToParse has loaded support', async () => {
    const { parseMarkdown, readyToParse } = await import('../../src/read/markdown.js');
    const text = '| a | b |\n|---|---|\n| 1 | 2 |';
    await readyToParse(text);
    expect(parseMarkdown(text).children.map((n) => n.type)).toEqual(['table']);
  });
});

describe('every entry point reads a report whose header is a pipe table', () => {
  // A fresh module graph for each: support loaded by one case must not hide another's missing load.
  beforeEach(() => {
    vi.resetModules();
  });

  it('inspect parse of one file', () => {
    const result = runSubprocess(['parse', TABLE_REPORT]);
    expect(result.code).toBe(0);
    expect(labels(result.stdout)).toEqual(HEADER_FIELDS);
  });

  it('inspect parse of one file on a worker (--timeout)', () => {
    const result = runSubprocess(['parse', TABLE_REPORT, '--timeout', '60']);
    expect(result.code).toBe(0);
    expect(labels(result.stdout)).toEqual(HEADER_FIELDS);
  });

  it('inspect parse --ndjson (the batch path)', () => {
    const result = runSubprocess(['parse', '--ndjson', TABLE_REPORT, TABLE_REPORT]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n').map(labels)).toEqual([HEADER_FIELDS, HEADER_FIELDS]);
  });

  it('validateText', async () => {
    const { validateText } = await import('../../src/validate/validate.js');
    const result = await validateText(readFileSync(TABLE_REPORT, 'utf8'), { path: TABLE_REPORT });
    expect(result.input).toBe('report');
    expect(result.problems.filter((p) => p.rule.startsWith('header-missing'))).toEqual([]);
  });

  it('parseDocument, and parseReport from the package entry', async () => {
    const { parseDocument, parseReport } = await import('../../src/index.js');
    const bytes = readFileSync(TABLE_REPORT);
    expect((await parseDocument(bytes)).metadata.fields.map((f) => f.label)).toEqual(HEADER_FIELDS);
    expect(parseReport(bytes.toString('utf8')).metadata.fields.map((f) => f.label)).toEqual(HEADER_FIELDS);
  });
});
