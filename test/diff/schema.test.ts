/** The diff model's schema: the zod schema is the type, and the JSON Schema is generated from it. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../../src/diff/index.js';
import { Diff, diffJsonSchema, type FindingEntry, type RecommendationEntry } from '../../src/diff/schema.js';
import { diffCase } from './helpers.js';

describe('the diff schema', () => {
  it('publishes a draft 2020-12 JSON Schema with every top-level key required', () => {
    const schema = diffJsonSchema() as { $schema: string; title: string; required: string[]; properties: Record<string, { enum?: string[] }> };
    expect(schema.$schema).toMatch(/2020-12/);
    expect(schema.title).toBe('inspect diff model, diff version 1.0.0');
    expect(schema.required).toEqual([
      'diffVersion',
      'old',
      'new',
      'threshold',
      'only',
      'identical',
      'differences',
      'summary',
      'metadata',
      'sections',
      'paragraphs',
      'judgements',
      'findings',
      'recommendations',
      'actionPlan',
    ]);
  });

  it('names the statuses of findings and recommendations as the JSON shows them', () => {
    const json = JSON.stringify(diffJsonSchema());
    expect(json).toContain('"enum":["unchanged","changed","moved","added","removed"]');
    expect(json).toContain('"enum":["unchanged","reworded","new","dropped"]');
    expect(json).toContain('"enum":["text","timescale","due","jointReport","actor"]');
  });

  it('checks what diffReports gives and refuses what it never gives', () => {
    const diff = diffCase('follow-up');
    expect(Diff.safeParse(JSON.parse(JSON.stringify(diff))).success).toBe(true);
    const broken = { ...diff, recommendations: [{ ...diff.recommendations[0], status: 'met' }] };
    expect(Diff.safeParse(broken).error?.issues[0]?.path).toEqual(['recommendations', 0, 'status']);
  });

  it('infers the types from the schemas', () => {
    expectTypeOf<FindingEntry['status']>().toEqualTypeOf<'unchanged' | 'changed' | 'moved' | 'added' | 'removed'>();
    expectTypeOf<RecommendationEntry['status']>().toEqualTypeOf<'unchanged' | 'reworded' | 'new' | 'dropped'>();
    expectTypeOf<Diff['findings']>().toEqualTypeOf<FindingEntry[]>();
    expectTypeOf(api.diffReports).returns.toEqualTypeOf<Diff>();
  });

  it('exports the diff API from src/diff/index.ts', () => {
    expect(Object.keys(api).filter((key) => !/^[A-Z]/.test(key) || ['DIFF_VERSION', 'DEFAULT_THRESHOLD'].includes(key)).sort()).toEqual([
      'DEFAULT_THRESHOLD',
      'DIFF_VERSION',
      'comparableModel',
      'diffJsonSchema',
      'diffReports',
      'entryDiffers',
      'jsonPatch',
      'similarity',
      'wordDiff',
    ]);
  });
});
