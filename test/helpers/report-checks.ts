/**
 * Checks that hold for the report of any input, written against the schema's
 * promises rather than the extractor's code: the model passes the schema,
 * every position lies inside the input with a line and column that match its
 * offset, and the text at a position is the text the model says is there.
 * Each check returns problems as sentences (empty when all is well), so that
 * the property tests can compare with `[]` and the fuzz script can print them.
 */
import { Report } from '../../src/index.js';
import type { GeneratedReport } from './report-grammar.js';
import { lostLines } from './text-lost.js';

/** The text positions count in: the input without its byte-order mark. */
export function bodyOf(text: string): string {
  return text.replace(/^\uFEFF+/, '');
}

export function schemaProblems(report: unknown): string[] {
  const result = Report.safeParse(report);
  return result.success ? [] : result.error.issues.map((issue) => `schema: ${issue.path.join('.')}: ${issue.message}`);
}

interface PointLike {
  line: number;
  column: number;
  offset: number;
}
interface PositionLike {
  start: PointLike;
  end: PointLike;
}

/** Line starts as CommonMark counts lines: CR, LF and CRLF each end one. */
function lineStarts(body: string): number[] {
  const starts = [0];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10 || (c === 13 && body.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every `position` in the report, with the path that leads to it. */
function positions(value: unknown, path = '', out: Array<[string, PositionLike]> = []): Array<[string, PositionLike]> {
  if (Array.isArray(value)) value.forEach((item, i) => positions(item, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'position') out.push([path, item as PositionLike]);
      else positions(item, path ? `${path}.${key}` : key, out);
    }
  }
  return out;
}

/** Every position lies inside the input, starts before it ends, and its lines and columns match its offsets. */
export function positionProblems(text: string, report: Report): string[] {
  const body = bodyOf(text);
  const starts = lineStarts(body);
  const problems: string[] = [];
  for (const [path, position] of positions(report)) {
    for (const side of ['start', 'end'] as const) {
      const p = position[side];
      if (!(p.offset >= 0 && p.offset <= body.length)) {
        problems.push(`${path}.${side}: offset ${p.offset} outside the input (0–${body.length})`);
        continue;
      }
      const line = lineOf(starts, p.offset);
      const expected = { line: line + 1, column: p.offset - starts[line]! + 1 };
      if (p.line !== expected.line || p.column !== expected.column) {
        problems.push(`${path}.${side}: ${p.line}:${p.column} at offset ${p.offset}, expected ${expected.line}:${expected.column}`);
      }
    }
    if (position.start.offset > position.end.offset) problems.push(`${path}: starts at ${position.start.offset}, after its end ${position.end.offset}`);
  }
  return problems;
}

/** Letters and digits only: what survives any markup, escape, spacing or line wrapping. */
function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Whether the letters of `what` can be read, in order, in `span` (markup,
 * link targets and tags may sit between). A character reference (`&#65;`)
 * reads as its character, or as itself where it was escaped or in code; one
 * this list cannot name matches any one letter.
 */
function readsAs(what: string, span: string): boolean {
  const needle = letters(what);
  let j = 0;
  const consume = (text: string) => {
    const hay = letters(text);
    for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  };
  let last = 0;
  for (const m of span.matchAll(REFERENCE)) {
    consume(span.slice(last, m.index));
    last = m.index + m[0].length;
    const [, dec, hex, name] = m;
    const code = name ? null : dec ? Number(dec) : parseInt(hex!, 16);
    const read = name ? (NAMED[name] ?? null) : code! > 0 && code! <= 0x10ffff ? String.fromCodePoint(code!) : '\ufffd';
    const char = read === null ? null : letters(read);
    if (char && needle.startsWith(char, j)) j += char.length;
    else if (read === null && j < needle.length && !letters(m[0]).startsWith(needle[j]!)) j++;
    else consume(m[0]);
  }
  consume(span.slice(last));
  return j === needle.length;
}

/**
 * Inputs whose positions are known to be off, each pinned by a failing test
 * in test/property/regressions.test.ts: the claims are not checked on them,
 * so that the properties keep looking for new problems. Remove a line when
 * its test passes.
 */
export const KNOWN_POSITION_ISSUES: Array<[RegExp, string]> = [];

/**
 * The text at each position is what the model says: a finding's first line
 * holds its id and its span holds its text; an insertion's span is its
 * bracketed text; a section's span holds its title; and so on. Inputs with a
 * known position problem are left out.
 */
export function claimProblems(text: string, report: Report): string[] {
  const body = bodyOf(text);
  if (KNOWN_POSITION_ISSUES.some(([pattern]) => pattern.test(body))) return [];
  const starts = lineStarts(body);
  const problems: string[] = [];
  const slice = (p: PositionLike) => body.slice(p.start.offset, p.end.offset);
  const untagged = (s: string) => s.replace(/<[^>]*>/g, '');
  const holds = (where: string, what: string, position: PositionLike) => {
    const span = slice(position);
    if (!readsAs(what, span)) problems.push(`${where}: ${JSON.stringify(what.slice(0, 80))} is not at ${position.start.offset}–${position.end.offset} (${JSON.stringify(span.slice(0, 80))})`);
  };
  /** An insertion's span is its bracketed text, give or take the markup around it (`*`, `_`, tags, a code span's backticks). */
  const bracketed = (where: string, insertions: Report['findings'][number]['insertions']) =>
    insertions.forEach((ins, k) => {
      const span = slice(ins.position);
      const bare = untagged(span.replace(/^[`*_~]+|[`*_~]+$/g, ''));
      if (!bare.startsWith('[') || !bare.endsWith(']') || !readsAs(untagged(ins.text), bare)) {
        problems.push(`${where}.insertions[${k}]: ${JSON.stringify(ins.text)} but the span is ${JSON.stringify(span.slice(0, 80))}`);
      }
    });

  report.findings.forEach((f, i) => {
    // The id is on the finding's first line, give or take one: a list item's text may start on the line after its
    // marker, and a stray `*` on a line of its own may open the paragraph that holds the number.
    const line = lineOf(starts, f.position.start.offset);
    const lines = body.slice(starts[Math.max(0, line - 1)], starts[line + 2] ?? body.length).replace(/<[^>\n]*>|[*_\\`]/g, '');
    if (!lines.includes(f.id)) problems.push(`findings[${i}]: id ${f.id} is not on its first line ${JSON.stringify(lines.slice(0, 80))}`);
    holds(`findings[${i}] (${f.id}).text`, f.text, f.position);
    bracketed(`findings[${i}] (${f.id})`, f.insertions);
  });
  report.recommendations.forEach((r, i) => {
    holds(`recommendations[${i}].text`, r.text, r.position);
    bracketed(`recommendations[${i}]`, r.insertions);
  });
  report.sections.forEach((s, i) => {
    holds(`sections[${i}].title`, s.title, s.position);
    s.content.forEach((p, k) => holds(`sections[${i}].content[${k}]`, p.text, p.position));
  });
  report.preamble.forEach((p, i) => holds(`preamble[${i}]`, p.text, p.position));
  report.metadata.fields.forEach((f, i) => holds(`metadata.fields[${i}]`, `${f.label}${f.value}`, f.position));
  report.judgements.forEach((j, i) => holds(`judgements[${i}]`, j.area, j.position));
  if (report.nextSteps) holds('nextSteps', report.nextSteps.text, report.nextSteps.position);
  return problems;
}

/** All the checks that hold for any input, given its report. */
export function reportProblems(text: string, report: Report): string[] {
  const schema = schemaProblems(report);
  if (schema.length > 0) return schema;
  return [
    ...positionProblems(text, report),
    ...claimProblems(text, report),
    ...lostLines(text, report).map((line) => `text lost: ${JSON.stringify(line.slice(0, 120))}`),
  ];
}

/** What a generated document says its reader should find, in a shape to compare. */
export function expectedView(doc: GeneratedReport) {
  return {
    title: doc.title,
    fields: doc.fields,
    findings: doc.findings.map((f) => ({ ...f })),
    recommendations: doc.recommendations.map((r) => ({ ...r })),
    actionPlanDays: doc.actionPlanDays,
  };
}

/** The same facts read from a report; a flag the document does not promise is left out (null). */
export function actualView(doc: GeneratedReport, report: Report): ReturnType<typeof expectedView> {
  return {
    title: doc.title === null ? null : report.title,
    fields: report.metadata.fields.map((f) => [f.label, f.value] as [string, string]),
    findings: report.findings.map((f, i) => ({
      id: f.id,
      section: f.section!,
      jointReport: doc.findings[i]?.jointReport === null ? null : f.jointReport,
      insertions: f.insertions.map((ins) => ins.text),
      paragraphs: f.paragraphs,
    })),
    recommendations: report.recommendations.map((r) => ({
      group: r.group!,
      timescale: r.timescale && { kind: r.timescale.kind as 'within', amount: r.timescale.amount, unit: r.timescale.unit, date: r.timescale.date },
      jointReport: r.jointReport as boolean,
    })) as ReturnType<typeof expectedView>['recommendations'],
    actionPlanDays: report.nextSteps?.actionPlan?.workingDays ?? null,
  };
}
