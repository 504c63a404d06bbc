/** Shared by the diff tests: the fixture pairs, parsed as `inspect diff` parses them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffReports, type DiffOptions } from '../../src/diff/diff-reports.js';
import type { Diff } from '../../src/diff/schema.js';
import { parseReport } from '../../src/index.js';
import type { Report } from '../../src/schema/report.js';

export const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac/input.md';

export const DIFF_CASES = [
  'reworded-findings',
  'renumbered-findings',
  'moved-finding',
  'moved-paragraph',
  'recommendation-timescales',
  'header-date',
  'follow-up',
  'light-edits',
] as const;
export type DiffCase = (typeof DIFF_CASES)[number];

export function pairPath(name: DiffCase, side: 'old' | 'new'): string {
  return join('fixtures', 'diff', name, `${side}.md`);
}

const cache = new Map<string, Report>();
export function reportAt(path: string): Report {
  let report = cache.get(path);
  if (!report) {
    report = parseReport(readFileSync(path, 'utf8'), { path });
    cache.set(path, report);
  }
  return report;
}

export function pair(name: DiffCase): [Report, Report] {
  return [reportAt(pairPath(name, 'old')), reportAt(pairPath(name, 'new'))];
}

export function diffCase(name: DiffCase, options?: DiffOptions): Diff {
  const [old, next] = pair(name);
  return diffReports(old, next, options);
}

/** Every entry that differs, as short tuples: [part, status, old id/line, new id/line, changes]. */
export function differing(diff: Diff): Array<[string, string, string | number | null, string | number | null, string[]]> {
  const out: Array<[string, string, string | number | null, string | number | null, string[]]> = [];
  for (const m of diff.metadata) out.push(['metadata', m.change, m.key === 'field' ? m.old?.label ?? null : m.key, m.key === 'field' ? m.new?.label ?? null : m.key, []]);
  for (const s of diff.sections) if (s.status !== 'unchanged') out.push(['section', s.status, s.old?.line ?? null, s.new?.line ?? null, s.changes]);
  for (const p of diff.paragraphs) if (p.status !== 'unchanged') out.push(['paragraph', p.status, p.old?.line ?? null, p.new?.line ?? null, p.changes]);
  for (const j of diff.judgements) if (j.status !== 'unchanged') out.push(['judgement', j.status, j.old?.area ?? null, j.new?.area ?? null, []]);
  for (const f of diff.findings) if (f.status !== 'unchanged') out.push(['finding', f.status, f.old?.id ?? null, f.new?.id ?? null, f.changes]);
  for (const r of diff.recommendations) {
    if (r.status !== 'unchanged' || r.changes.length > 0) out.push(['recommendation', r.status, r.old?.id ?? null, r.new?.id ?? null, r.changes]);
  }
  if (diff.actionPlan) out.push(['actionPlan', 'changed', diff.actionPlan.old?.line ?? null, diff.actionPlan.new?.line ?? null, diff.actionPlan.changes]);
  return out;
}

/** The deleted and the inserted words of a word diff, each run trimmed. */
export function edits(diff: Diff['findings'][number]['words']): { deleted: string[]; inserted: string[] } {
  const runs = diff ?? [];
  return {
    deleted: runs.filter((w) => w.op === 'delete').map((w) => w.text.trim()),
    inserted: runs.filter((w) => w.op === 'insert').map((w) => w.text.trim()),
  };
}
