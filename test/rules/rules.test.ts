/**
 * Every rule, both ways: fixtures/rules/<rule-id>/triggers.* makes the rule
 * fire at the places listed here (worked out by reading each fixture), and
 * ok.* (a near miss where there is one) keeps it silent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, jsonRules, reportRules } from '../../src/rules/index.js';
import { validateText } from '../../src/validate/index.js';

/** Where each rule fires in its triggers fixture: [line, column, ...values its message names]. */
const FIRES: Record<string, Array<[number, number, ...string[]]>> = {
  // `"title": ,` — the comma stands where a value should.
  'json-syntax': [[3, 12, '`,`']],
  'json-schema': [
    [1, 1, 'judgements: missing (expected array)'], // no "judgements" key: shown at the root object
    [12, 26, 'metadata.finalReportDate.date: expected an ISO date (YYYY-MM-DD)'],
    [42, 32, 'findings[0].position.start.line: expected number, received string'],
  ],
  'not-a-report': [[1, 1]],
  // A missing field is shown where the header starts (its first field, line 3).
  'header-missing-inspection-dates': [[3, 1, 'inspection dates']],
  'header-missing-final-report-date': [[3, 1, 'final report date']],
  'header-missing-chief-executive': [[3, 1, 'chief executive']],
  'header-missing-organisation': [[3, 1, 'organisation']],
  'header-missing-address': [[3, 1, 'address']],
  'header-missing-inspector': [[3, 1, 'inspector']],
  'header-date-unreadable': [[3, 1, 'summer 2010']],
  'date-impossible': [
    [3, 1, '2010-06-28', '2010-07-09'],
    [4, 1, '2010-06-01', '2010-06-28'],
  ],
  'numbering-gap': [[14, 1, '`1.3`', '`1.1`', '`1.2`']],
  'numbering-duplicate': [[14, 1, '`1.1`']],
  'numbering-order': [[14, 1, '`1.1`', '`1.2`']],
  'finding-section-mismatch': [[14, 1, '`2.2`', 'section 1']],
  'finding-outside-section': [[12, 1, '`1.1`', 'The Context']],
  'section-without-findings': [
    [16, 1, 'Outcome 7 Safeguarding'],
    [20, 1, '`Findings`'],
  ],
  'outcome-unknown': [[10, 1, '`31`']],
  'paragraph-continuation': [[16, 1, '`1.2`']],
  'emphasis-stray': [[20, 4, '`*`']],
  'recommendation-without-timescale': [[18, 3, 'R1']],
  'timescale-unreadable': [
    [18, 1, '`Within 3-6 months`'],
    [21, 3, '`within a reasonable period`', 'R2'],
  ],
  'no-report-date': [[1, 1]],
};

const DIR = 'fixtures/rules';

function fixture(id: string, name: 'triggers' | 'ok'): string {
  const file = ['md', 'json'].map((ext) => join(DIR, id, `${name}.${ext}`)).find((path) => existsSync(path));
  if (!file) throw new Error(`no ${name} fixture for ${id}`);
  return file;
}

async function problemsOf(id: string, name: 'triggers' | 'ok') {
  const path = fixture(id, name);
  const result = await validateText(readFileSync(path, 'utf8'), { path });
  return result.problems.filter((p) => p.rule === id);
}

describe('the rules', () => {
  it('have unique ids, one-line descriptions and a severity a user can set', () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description).not.toMatch(/\n/);
      expect(['warning', 'error']).toContain(rule.defaultSeverity);
    }
  });

  it('each have a fixture pair and a row in this test', () => {
    expect(Object.keys(FIRES).sort()).toEqual(allRules.map((rule) => rule.id).sort());
    expect(readdirSync(DIR).sort()).toEqual(allRules.map((rule) => rule.id).sort());
  });

  it('are all registered: every rule file in src/rules is in the registry', async () => {
    const registered = new Set<unknown>([...reportRules, ...jsonRules]);
    for (const file of readdirSync('src/rules').filter((name) => name.endsWith('.ts') && name !== 'index.ts')) {
      const module = (await import(pathToFileURL(resolve('src/rules', file)).href)) as { default?: { check?: unknown } };
      if (typeof module.default?.check === 'function') expect(registered.has(module.default), file).toBe(true);
    }
  });
});

describe.each(allRules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  it('fires on its triggers fixture, at the places worked out by hand, with its default severity', async () => {
    const problems = await problemsOf(id, 'triggers');
    expect(problems.map((p) => [p.position.start.line, p.position.start.column])).toEqual(FIRES[id]!.map(([line, column]) => [line, column]));
    problems.forEach((problem, i) => {
      expect(problem.severity).toBe(rule.defaultSeverity);
      for (const value of FIRES[id]![i]!.slice(2)) expect(problem.message).toContain(value);
    });
  });

  it('stays silent on its ok fixture', async () => {
    expect(await problemsOf(id, 'ok')).toEqual([]);
  });
});
