import { z } from 'zod';
import { Report, SCHEMA_VERSION } from './report.js';

/** The JSON Schema (draft 2020-12) of `inspect parse` output, generated from the zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Report, { target: 'draft-2020-12', io: 'output' }),
    title: `inspect report model, schema version ${SCHEMA_VERSION}`,
  };
}
