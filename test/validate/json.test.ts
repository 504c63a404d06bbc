/** Report JSON: detected, every schema problem reported with its JSON path and the place it is written. */
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonInput } from '../../src/validate/json.js';
import { jsonPath } from '../../src/read/report-json.js';
import { indexJson, isJsonText, jsonSyntaxError, locateJsonPath } from '../../src/validate/json-text.js';
import { validateText } from '../../src/validate/index.js';

describe('detecting JSON', () => {
  it.each([
    ['what `inspect parse` prints', '{\n  "schemaVersion": "1.0.0"', true],
    ['an empty object', ' {}\n', true],
    ['an array', '[1, 2]', true],
    ['a report that opens with a link', '[Ofsted](https://ofsted.gov.uk) inspection report\n\n## 1 Findings', false],
    ['a report that opens with a brace in prose', '{draft} Inspection report', false],
    ['markdown', '# Inspection Report\n', false],
  ])('%s', (_name, text, json) => expect(isJsonText(text)).toBe(json));
});

describe('JSON paths', () => {
  it('are found in the text: a value with its key, an object or array at its key and bracket, a missing key at its parent', () => {
    const text = '{\n  "a": [\n    { "b": "x\\"}" },\n    7\n  ],\n  "c": { "d": null }\n}';
    const spans = indexJson(text);
    const slice = (path: PropertyKey[]) => text.slice(...locateJsonPath(spans, path));
    expect(slice(['a', 0, 'b'])).toBe('"b": "x\\"}"');
    expect(slice(['a', 1])).toBe('7');
    expect(slice(['a'])).toBe('"a": [');
    expect(slice(['c', 'd'])).toBe('"d": null');
    expect(slice(['c', 'missing'])).toBe('"c": {');
    expect(slice([])).toBe('{');
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['a missing value', '{"a": }', 6, 'unexpected `}`, expected a value'],
    ['a trailing comma', '{"a": 1,}', 8, 'unexpected `}`, expected a key in double quotes'],
    ['a missing comma', '[1 2]', 3, 'unexpected `2`, expected `,` or `]`'],
    ['an unclosed string', '{"a": "b', 8, 'unexpected end of input, expected `"` to end the string'],
    ['a bad escape', '["\\x"]', 3, 'unexpected `x`, expected an escape'],
    ['text after the value', '{} x', 3, 'unexpected `x`, expected the end of the input'],
    ['an unclosed object', '{"a": 1', 7, 'unexpected end of input, expected `,` or `}`'],
    ['a single-quoted key', "{'a': 1}", 1, "unexpected `'`, expected a key in double quotes"],
  ])('are placed at %s', (_name, text, offset, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const error = jsonSyntaxError(text)!;
    expect(error.offset).toBe(offset);
    expect(error.reason).toContain(reason);
  });

  test.prop([fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', ' ')])(
    'are found exactly when JSON.parse refuses the text',
    (json, at, insert) => {
      const i = at % (json.length + 1);
      const text = json.slice(0, i) + insert + json.slice(i + (insert === '' ? 1 : 0));
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(jsonSyntaxError(text) === null).toBe(parses);
    },
  );
});

describe('report JSON against the schema', () => {
  const text = readFileSync('fixtures/rules/json-schema/triggers.json', 'utf8');

  it('reports every zod issue, not only the first', () => {
    const input = readJsonInput(text);
    expect(input.report).toBeNull();
    expect(input.issues.map((issue) => jsonPath(issue.path)).sort()).toEqual([
      'findings[0].position.start.line',
      'judgements',
      'metadata.finalReportDate.date',
    ]);
  });

  it('checks a valid report JSON with the report rules', async () => {
    const broken = text.replace('"line": "5"', '"line": 5').replace('"23/08/2010"', '"2010-08-23"').replace('"diagnostics": []', '"judgements": [], "diagnostics": []');
    const clean = await validateText(broken);
    expect(clean).toEqual({ path: '-', input: 'json', problems: [] });
    const late = await validateText(broken.replace('"date": "2010-08-23"', '"date": "2010-07-01"'));
    expect(late.problems.map((p) => [p.rule, p.severity])).toEqual([['date-impossible', 'error']]);
  });

  it('reports a JSON file that is not JSON as one problem, not as report text', async () => {
    const result = await validateText('{"schemaVersion": "1.0.0", "findings": [}');
    expect(result.input).toBe('json');
    expect(result.problems.map((p) => [p.rule, p.position.start.column])).toEqual([['json-syntax', 41]]);
  });
});
