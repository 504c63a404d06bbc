#!/usr/bin/env -S npx tsx
/**
 * Regenerate the committed artefacts after a deliberate change:
 * - fixtures/<report>/expected.json: `inspect parse` of each real report;
 * - schema/report.schema.json, schema/diff.schema.json and schema/follow-up.schema.json: the published JSON Schemas.
 * Review the diff by hand before committing: an expectation copied from the
 * output proves nothing until each changed value has been checked against
 * the report. Run with: npm run regenerate
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedJson, REPORT_FIXTURES } from '../test/helpers/expected.js';
import { diffJsonSchema, followUpJsonSchema, reportJsonSchema } from '../src/index.js';

for (const name of REPORT_FIXTURES) {
  writeFileSync(join('fixtures', name, 'expected.json'), expectedJson(name));
}
if (!existsSync('schema')) mkdirSync('schema');
writeFileSync('schema/report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
writeFileSync('schema/diff.schema.json', `${JSON.stringify(diffJsonSchema(), null, 2)}\n`);
writeFileSync('schema/follow-up.schema.json', `${JSON.stringify(followUpJsonSchema(), null, 2)}\n`);
console.log(`wrote ${REPORT_FIXTURES.length} expected.json files and schema/{report,diff,follow-up}.schema.json`);
