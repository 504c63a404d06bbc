/**
 * A follow-up as flat rows, one per earlier recommendation, for the table and
 * CSV: the status, the best evidence and where it is. JSON and NDJSON carry
 * the whole structure instead (every ask, every piece of evidence).
 */
import type { Column, Tone } from '../format/index.js';
import type { AskResult, Evidence, FollowUp, RecommendationFollowUp } from './schema.js';
import { STATUS_WORDS, type Status } from './statuses.js';

export interface FollowUpRow {
  id: string;
  status: Status;
  basis: 'stated' | 'inferred';
  /** The statuses of the asks, when there are several. */
  asks: Status[];
  text: string;
  evidence: Evidence | null;
  /** The later recommendation that repeats it: its id, and its words. */
  repeatedBy: string | null;
  repeatedText: string | null;
  /** The cue phrases that decided, as written, joined. */
  decidedBy: string[];
  /** Each ask with its own best evidence, when there are several asks. */
  perAsk: Array<{ status: Status; evidence: Evidence | null }>;
  /** With no evidence: the sentence that came closest (below the evidence threshold), for the reader to check. */
  nearest: Evidence | null;
}

const TONES: Record<Status, Tone> = {
  met: 'green',
  'partly-met': 'yellow',
  'not-met': 'red',
  repeated: 'red',
  'not-assessed': 'dim',
};

export function followUpRows(followUp: FollowUp): FollowUpRow[] {
  return followUp.results.map(rowOf);
}

function rowOf(result: RecommendationFollowUp): FollowUpRow {
  // The best evidence of any ask: stated first, then the highest score.
  const evidence = result.asks
    .map(decidingEvidence)
    .filter((e): e is Evidence => e !== null)
    .sort((a, b) => Number(b.stated) - Number(a.stated) || b.score - a.score)[0] ?? null;
  const repeat = result.asks.find((a) => a.repeatedBy)?.repeatedBy ?? null;
  return {
    id: result.id,
    status: result.status,
    basis: result.basis,
    asks: result.asks.length > 1 ? result.asks.map((a) => a.status) : [],
    text: result.text,
    evidence,
    repeatedBy: repeat?.id ?? null,
    repeatedText: repeat?.text ?? null,
    decidedBy: [...new Set(result.asks.flatMap((a) => a.decidedBy.map((c) => c.text)))],
    perAsk: result.asks.length > 1 ? result.asks.map((a) => ({ status: a.status, evidence: decidingEvidence(a) })) : [],
    nearest: evidence ? null : (result.asks.map((a) => a.nearest).filter((e): e is Evidence => e !== null).sort((a, b) => b.score - a.score)[0] ?? null),
  };
}

/**
 * What a row says when nothing was found: word overlap cannot tell "not
 * spoken to" from "spoken to in other words", so the closest sentence is
 * shown for the reader to judge.
 */
export function nothingFound(nearest: Evidence | null): string {
  if (!nearest) return 'Nothing in the later report was found to speak to it.';
  return `Nothing found to speak to it; the nearest (${placeText(nearest)}, score ${nearest.score}): “${nearest.sentence}”`;
}

/** The evidence to show for an ask: the best that holds a cue that decided its status, else the best. */
function decidingEvidence(ask: AskResult): Evidence | null {
  const decided = new Set(ask.decidedBy.map((c) => c.text));
  return ask.evidence.find((e) => e.cues.some((c) => decided.has(c.text))) ?? ask.evidence[0] ?? null;
}

/** "page 7, finding 37", "line 23, finding 2.1", "page 1". */
export function placeText(evidence: Evidence | null): string {
  if (!evidence) return '';
  const where = evidence.page !== null ? `page ${evidence.page}` : `line ${evidence.line}`;
  if (evidence.id === null) return where;
  const what = evidence.kind === 'recommendation' ? 'recommendation' : evidence.kind === 'statement' ? 'paragraph' : 'paragraph';
  return `${where}, ${what} ${evidence.id}`;
}

export function statusText(row: Pick<FollowUpRow, 'status' | 'basis' | 'asks'>): string {
  const asks = row.asks.length > 0 ? ` (asks: ${row.asks.map((s) => STATUS_WORDS[s]).join(', ')})` : '';
  return `${STATUS_WORDS[row.status]}${row.basis === 'stated' ? ', stated' : ''}${asks}`;
}

export function followUpColumns(): Column<FollowUpRow>[] {
  return [
    { key: 'id', header: 'Earlier', value: (r) => r.id },
    { key: 'status', header: 'Status', value: (r) => r.status, display: statusText, tone: (r) => TONES[r.status], maxWidth: 16 },
    { key: 'basis', header: 'Basis', value: (r) => r.basis, table: false },
    { key: 'asks', header: 'Asks', value: (r) => r.asks.join(' '), table: false },
    { key: 'recommendation', header: 'Recommendation', value: (r) => r.text, maxWidth: 30 },
    {
      key: 'evidence',
      header: 'Evidence in the later report',
      value: (r) => r.evidence?.sentence ?? null,
      display: (r) => evidenceDisplay(r),
      wrap: true,
    },
    { key: 'where', header: 'Where', value: (r) => placeText(r.evidence) || null, maxWidth: 12 },
    { key: 'evidenceKind', header: 'Kind', value: (r) => r.evidence?.kind ?? null, table: false },
    { key: 'evidenceId', header: 'Evidence id', value: (r) => r.evidence?.id ?? null, table: false },
    { key: 'page', header: 'Page', value: (r) => r.evidence?.page ?? null, table: false },
    { key: 'line', header: 'Line', value: (r) => r.evidence?.line ?? null, table: false },
    { key: 'score', header: 'Score', value: (r) => r.evidence?.score ?? null, table: false },
    { key: 'repeatedBy', header: 'Repeated by', value: (r) => r.repeatedBy, table: false },
    { key: 'decidedBy', header: 'Decided by', value: (r) => r.decidedBy.join('; '), table: false },
    { key: 'nearest', header: 'Nearest sentence', value: (r) => r.nearest?.sentence ?? null, table: false },
    { key: 'nearestWhere', header: 'Nearest where', value: (r) => placeText(r.nearest) || null, table: false },
    { key: 'nearestScore', header: 'Nearest score', value: (r) => r.nearest?.score ?? null, table: false },
  ];
}

function evidenceDisplay(row: FollowUpRow): string {
  const parts: string[] = [];
  if (row.repeatedText) parts.push(`Recommended again${row.repeatedBy ? ` as ${row.repeatedBy}` : ''}: “${row.repeatedText}”`);
  if (row.perAsk.length > 0) {
    for (const ask of row.perAsk) parts.push(`${STATUS_WORDS[ask.status]}: ${ask.evidence ? `“${ask.evidence.sentence}” (${placeText(ask.evidence)})` : 'nothing found'}`);
  } else if (row.evidence) parts.push(`“${row.evidence.sentence}”`);
  if (row.decidedBy.length > 0) parts.push(`decided by: ${row.decidedBy.map((c) => `“${c}”`).join(', ')}`);
  return parts.length > 0 ? parts.join('\n') : nothingFound(row.nearest);
}
