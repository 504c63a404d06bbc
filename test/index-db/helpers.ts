/** What the index tests share: the engines this Node has, temporary databases, the fixture reports. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultEngine, type EngineName } from '../../src/index-db/sqlite.js';
import { parseDocument } from '../../src/parse-document.js';
import type { Report } from '../../src/schema/report.js';

/** Both engines where Node has node:sqlite (22.13+); the WebAssembly one alone on Node 20. */
export const ENGINES: EngineName[] = (await defaultEngine({})) === 'node:sqlite' ? ['node:sqlite', 'wasm'] : ['wasm'];

export function tempDir(prefix = 'inspect-index-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The five real reports and the seed, as markdown. */
export const REPORT_FIXTURES = [
  'fixtures/essex-2010-cqc-safeguarding-lac/input.md',
  'fixtures/ofsted-bury-focused-visit-2019/input.md',
  'fixtures/ofsted-derbyshire-sif-2014/input.md',
  'fixtures/ofsted-newham-ilacs-2019/input.md',
  'fixtures/ofsted-norfolk-lac-2013/input.md',
];

const parsed = new Map<string, Report>();

export async function fixtureReport(path: string): Promise<Report> {
  let report = parsed.get(path);
  if (!report) {
    report = await parseDocument(readFileSync(path), { path });
    parsed.set(path, report);
  }
  return structuredClone(report);
}

/** A report with the fields the report families add (authority, kind, dates), for the tests that need them before the parser gives them. */
export function withFacts(report: Report, facts: { authority?: string; kind?: string; start?: string; end?: string; path?: string }): Report {
  const copy = structuredClone(report) as Report & { metadata: Record<string, unknown> };
  if (facts.authority) copy.metadata.authority = facts.authority;
  if (facts.kind) copy.metadata.kind = facts.kind as Report['metadata']['kind'];
  if (facts.start || facts.end) {
    copy.metadata.inspectionDates = { start: facts.start ?? null, end: facts.end ?? facts.start ?? null, text: `${facts.start} to ${facts.end}` };
  }
  if (facts.path) copy.source.path = facts.path;
  return copy;
}
