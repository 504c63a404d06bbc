import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndex } from '../../src/index-db/open.js';
import { reportFromRows, reportRows } from '../../src/index-db/rows.js';
import { createStore, putReports, readReports } from '../../src/index-db/store.js';
import { ENGINES, fixtureReport, REPORT_FIXTURES, tempDir, withFacts } from './helpers.js';

describe('a report as rows', () => {
  it.each(REPORT_FIXTURES)('comes back whole from its rows: %s', async (path) => {
    const report = await fixtureReport(path);
    const rows = reportRows(report);
    const stored = {
      report: Object.fromEntries(
        ['path', 'sha256', 'bytes', 'format', 'schema_version', 'title', 'kind', 'authority', 'organisation', 'inspector', 'inspection_start', 'inspection_end', 'published', 'action_plan_due', 'metadata', 'extra'].map((k, i) => [k, rows.report[i]!]),
      ),
      items: {} as never,
    };
    const columns = (await import('../../src/index-db/rows.js')).COLUMNS;
    const items = Object.fromEntries(
      (['sections', 'judgements', 'findings', 'recommendations', 'diagnostics'] as const).map((table) => [
        table,
        rows[table].map((values) => Object.fromEntries(columns[table].slice(1).map((name, i) => [name, values[i]!]))),
      ]),
    );
    const back = reportFromRows({ report: stored.report, items: items as never });
    expect(back).toEqual(report);
    // Key order too: the JSON is the same text.
    expect(JSON.stringify(back)).toBe(JSON.stringify(report));
  });

  it('keeps fields the schema does not know yet (the report families work), in columns where they have one', async () => {
    const report = withFacts(await fixtureReport(REPORT_FIXTURES[3]!), { authority: 'newham', kind: 'ilacs' });
    (report.findings[0] as unknown as Record<string, unknown>).part = 'main';
    (report.findings[0] as unknown as Record<string, unknown>).newThing = [1, 2];
    const rows = reportRows(report);
    expect(rows.report.slice(6, 8)).toEqual(['ilacs', 'newham']);
    expect(rows.findings[0]![1]).toBe('main');
    expect(rows.findings[0]!.at(-1)).toBe('{"insertions":[],"newThing":[1,2]}');
  });
});

describe.each(ENGINES)('the store on %s', (engine) => {
  it('writes reports and reads them back whole, by path', async () => {
    const db = await openIndex(join(tempDir(), 'i.sqlite'), { write: true, engine });
    const store = createStore(db);
    const reports = await Promise.all(REPORT_FIXTURES.map(fixtureReport));
    for (const report of [...reports].reverse()) putReports(store, [report]);
    expect([...readReports(db)]).toEqual(reports);
    expect([...store.files().keys()]).toEqual(REPORT_FIXTURES);
    db.close();
  });

  it('replaces a report written again, and removes one with its items and full-text rows', async () => {
    const db = await openIndex(join(tempDir(), 'i.sqlite'), { write: true, engine });
    const store = createStore(db);
    const report = await fixtureReport(REPORT_FIXTURES[0]!);
    putReports(store, [report]);
    putReports(store, [report]);
    const count = (sql: string) => Number(db.prepare(sql).get<{ n: number }>()!.n);
    expect(count('SELECT count(*) AS n FROM findings')).toBe(report.findings.length);
    expect(count("SELECT count(*) AS n FROM findings_fts WHERE findings_fts MATCH 'safeguarding'")).toBeGreaterThan(0);
    expect(store.remove(report.source.path)).toBe(true);
    for (const table of ['files', 'reports', 'parts', 'sections', 'findings', 'recommendations', 'diagnostics']) expect(count(`SELECT count(*) AS n FROM ${table}`)).toBe(0);
    expect(count("SELECT count(*) AS n FROM findings_fts WHERE findings_fts MATCH 'safeguarding'")).toBe(0);
    // The full-text index agrees with its content table.
    db.exec("INSERT INTO findings_fts(findings_fts, rank) VALUES ('integrity-check', 1)");
    db.close();
  });
});
