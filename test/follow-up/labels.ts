/**
 * The hand labels of fixtures/follow-up/labels.json against what
 * `followUp` says of the same pairs: statuses joined by the earlier
 * recommendation's first words, then precision and recall per status.
 */
import { readFileSync } from 'node:fs';
import { followUp, type FollowUpOptions } from '../../src/follow-up/index.js';
import { FOLLOW_UP_STATUSES, type Status } from '../../src/follow-up/statuses.js';
import { parseDocument } from '../../src/parse-document.js';
import type { Report } from '../../src/schema/report.js';

export interface Label {
  words: string;
  status: Status;
  basis?: 'stated' | 'inferred';
  quote: string;
  why?: string;
}

export interface Pair {
  name: string;
  earlier: string;
  later: string;
  labels: Label[];
}

export const LABELS: { pairs: Pair[] } = JSON.parse(readFileSync('fixtures/follow-up/labels.json', 'utf8'));

export interface Row {
  pair: string;
  words: string;
  id: string;
  label: Status;
  tool: Status;
}

const cache = new Map<string, Promise<Report>>();
export function readReportFile(path: string): Promise<Report> {
  if (!cache.has(path)) cache.set(path, parseDocument(readFileSync(path), { path }));
  return cache.get(path)!;
}

/** Quotes and spaces aside, so that "hard to engage" matches however it was typed. */
function normal(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

export async function labelledRows(options: FollowUpOptions = {}): Promise<Row[]> {
  const rows: Row[] = [];
  for (const pair of LABELS.pairs) {
    const result = followUp(await readReportFile(pair.earlier), await readReportFile(pair.later), options);
    for (const label of pair.labels) {
      const found = result.results.find((r) => normal(r.text).startsWith(normal(label.words)));
      if (!found) throw new Error(`${pair.name}: no earlier recommendation starts "${label.words}"`);
      rows.push({ pair: pair.name, words: label.words, id: found.id, label: label.status, tool: found.status });
    }
  }
  return rows;
}

export interface Score {
  status: Status;
  labelled: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

export function scores(rows: readonly Row[], statuses: readonly Status[] = FOLLOW_UP_STATUSES): Score[] {
  return statuses.map((status) => {
    const labelled = rows.filter((r) => r.label === status).length;
    const predicted = rows.filter((r) => r.tool === status).length;
    const correct = rows.filter((r) => r.label === status && r.tool === status).length;
    return { status, labelled, predicted, correct, precision: predicted ? correct / predicted : null, recall: labelled ? correct / labelled : null };
  });
}

/** The table the README quotes: precision and recall of each status, and the exact agreement. */
export function scoreTable(rows: readonly Row[]): string {
  const percent = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);
  const lines = ['| status | labelled | said by the tool | both | precision | recall |', '|---|---|---|---|---|---|'];
  for (const s of scores(rows)) {
    lines.push(`| ${s.status} | ${s.labelled} | ${s.predicted} | ${s.correct} | ${percent(s.precision)} (${s.correct}/${s.predicted}) | ${percent(s.recall)} (${s.correct}/${s.labelled}) |`);
  }
  const agree = rows.filter((r) => r.label === r.tool).length;
  lines.push('', `Exact agreement: ${agree} of ${rows.length} recommendations (${percent(agree / rows.length)}).`);
  return lines.join('\n');
}

/** Every disagreement, for the README's list of misses. */
export function disagreements(rows: readonly Row[]): string {
  return rows
    .filter((r) => r.label !== r.tool)
    .map((r) => `- ${r.pair} ${r.id} "${r.words}…": labelled ${r.label}, tool ${r.tool}`)
    .join('\n');
}
