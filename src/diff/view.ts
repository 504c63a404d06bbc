/**
 * What the text and markdown reporters both show, as data: the counts, the
 * header changes, and the other changes grouped by the section they sit
 * under, each with its marks, lines and details. Reporters only style it.
 */
import { entryDiffers } from './diff-reports.js';
import type {
  Diff,
  FindingEntry,
  JudgementEntry,
  MetadataChange,
  MetadataValue,
  ParagraphEntry,
  RecommendationEntry,
  RecommendationRef,
  SectionEntry,
  Under,
  WordChange,
} from './schema.js';

/** How an item changed, for the reporters' marks: + only in new, - only in old, ~ changed, > moved. */
export type Mark = '+' | '-' | '~' | '>';

export interface ViewItem {
  mark: Mark;
  /** What it is: "1.3", "R2", "paragraph", "judgement Leadership", "action plan". */
  name: string;
  status: string;
  lines: { old: number | null; new: number | null };
  /** Short facts: "due 2010-11-23 → 2011-11-15", "joint report: no → yes". */
  details: string[];
  /** The word diff, when the text changed. */
  words: WordChange[] | null;
  /** The whole text of an item only in one file. */
  text: string | null;
}

export interface ViewGroup {
  /** "3 Outcome 4 Care and welfare of people who use services"; "(before the first heading)". */
  title: string;
  /** The section heading itself, when it changed. */
  heading: ViewItem | null;
  items: ViewItem[];
}

export interface ViewHeaderRow {
  label: string;
  change: MetadataChange['change'];
  old: string | null;
  new: string | null;
  lines: { old: number | null; new: number | null };
}

export interface DiffView {
  counts: Array<{ part: string; counts: string }>;
  header: ViewHeaderRow[];
  groups: ViewGroup[];
}

export function viewOf(diff: Diff): DiffView {
  return { counts: countsOf(diff), header: diff.metadata.map(headerRow), groups: groupsOf(diff) };
}

function countsOf(diff: Diff): DiffView['counts'] {
  const { summary } = diff;
  const line = (part: string, counts: Record<string, number>) => {
    const text = Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${n} ${status}`)
      .join(', ');
    return text ? [{ part, counts: text }] : [];
  };
  const { timescaleChanged, dueChanged, ...recommendations } = summary.recommendations;
  const extra = [timescaleChanged > 0 ? `${timescaleChanged} with a new timescale` : '', dueChanged > 0 ? `${dueChanged} with a new due date` : '']
    .filter(Boolean)
    .join(', ');
  const rec = line('recommendations', recommendations);
  if (rec[0] && extra) rec[0].counts += ` (${extra})`;
  return [
    ...(diff.only.includes('metadata') ? [{ part: 'header', counts: `${summary.metadata} changed` }] : []),
    ...line('sections', summary.sections),
    ...line('paragraphs', summary.paragraphs),
    ...line('judgements', summary.judgements),
    ...line('findings', summary.findings),
    ...rec,
    ...(summary.actionPlan ? [{ part: 'action plan', counts: 'deadline changed' }] : []),
  ];
}

function headerRow(change: MetadataChange): ViewHeaderRow {
  const side = change.new ?? change.old!;
  const label = change.key === 'title' ? 'Title' : change.key === 'addressee' ? 'Addressee' : (side.label ?? change.key);
  return { label, change: change.change, old: valueText(change.old), new: valueText(change.new), lines: { old: change.old?.line ?? null, new: change.new?.line ?? null } };
}

function valueText(value: MetadataValue | null): string | null {
  if (!value) return null;
  const text = value.text.replace(/\n/g, ' / ');
  const { start, end } = value.dates ?? {};
  if (!value.dates) return text;
  const dates = start === end ? (start ?? 'no date read') : `${start ?? '?'} to ${end ?? '?'}`;
  return `${text} (${dates})`;
}

function groupsOf(diff: Diff): ViewGroup[] {
  const groups = new Map<string, ViewGroup>();
  const groupFor = (under: Under) => {
    const key = under ? `${under.number ?? ''}\u0000${under.title}` : '';
    let group = groups.get(key);
    if (!group) {
      group = { title: under ? `${under.number !== null ? `${under.number} ` : ''}${under.title}` : '(before the first heading)', heading: null, items: [] };
      groups.set(key, group);
    }
    return group;
  };
  groupFor(null);
  for (const entry of diff.sections) {
    const group = groupFor(entry.new ?? entry.old);
    if (entry.status !== 'unchanged') group.heading = sectionItem(entry);
  }
  for (const entry of diff.paragraphs.filter(entryDiffers)) groupFor(entry.under).items.push(paragraphItem(entry));
  for (const entry of diff.judgements.filter(entryDiffers)) groupFor(entry.under).items.push(judgementItem(entry));
  for (const entry of diff.findings.filter(entryDiffers)) groupFor(entry.under).items.push(findingItem(entry));
  for (const entry of diff.recommendations.filter(entryDiffers)) groupFor(entry.under).items.push(recommendationItem(entry));
  if (diff.actionPlan) {
    const { old, new: next } = diff.actionPlan;
    groupFor(diff.actionPlan.under).items.push({
      mark: !old ? '+' : !next ? '-' : '~',
      name: 'action plan',
      status: 'changed',
      lines: { old: old?.line ?? null, new: next?.line ?? null },
      details: [
        ...(diff.actionPlan.changes.includes('workingDays') ? [`within ${old?.workingDays ?? 'none'} → ${next?.workingDays ?? 'none'} working days`] : []),
        `due ${old?.due ?? 'none'} → ${next?.due ?? 'none'}`,
      ],
      words: null,
      text: null,
    });
  }
  return [...groups.values()].filter((group) => group.heading || group.items.length > 0);
}

function lines(entry: { old: { line: number | null } | null; new: { line: number | null } | null }): ViewItem['lines'] {
  return { old: entry.old?.line ?? null, new: entry.new?.line ?? null };
}

function markOf(status: string): Mark {
  if (status === 'added' || status === 'new') return '+';
  if (status === 'removed' || status === 'dropped') return '-';
  if (status === 'moved' || status === 'renumbered') return '>';
  return '~';
}

function onlyText(entry: { old: { text: string } | null; new: { text: string } | null }): string | null {
  return entry.old && entry.new ? null : (entry.new ?? entry.old)!.text;
}

function sectionItem(entry: SectionEntry): ViewItem {
  const { old, new: next } = entry;
  const details: string[] = [];
  if (old && next) {
    if (entry.changes.includes('number')) details.push(`number ${old.number ?? 'none'} → ${next.number ?? 'none'}`);
    if (entry.changes.includes('title')) details.push(`title “${old.title}” → “${next.title}”`);
    if (entry.changes.includes('outcome')) details.push(`outcome ${outcomeText(old.outcome)} → ${outcomeText(next.outcome)}`);
    if (entry.changes.includes('grade')) details.push(`grade ${old.grade ?? 'none'} → ${next.grade ?? 'none'}`);
  }
  return { mark: markOf(entry.status), name: 'section', status: entry.status, lines: lines(entry), details, words: null, text: null };
}

function outcomeText(outcome: { number: number; title: string } | null): string {
  return outcome ? `${outcome.number} ${outcome.title}` : 'none';
}

function paragraphItem(entry: ParagraphEntry): ViewItem {
  // A paragraph has no id: one that moved unchanged is shown by its opening words.
  const text = onlyText(entry) ?? (entry.words ? null : opening(entry.new!.text));
  return { mark: markOf(entry.status), name: 'paragraph', status: entry.status, lines: lines(entry), details: [], words: entry.words, text };
}

function opening(text: string, words = 12): string {
  return elide([{ op: 'insert', text: '' }, { op: 'equal', text }], words)[1]!.text;
}

function judgementItem(entry: JudgementEntry): ViewItem {
  const { old, new: next } = entry;
  return {
    mark: markOf(entry.status),
    name: `judgement “${(next ?? old)!.area}”`,
    status: entry.status,
    lines: lines(entry),
    details: [old && next ? `${old.text} → ${next.text}` : (next ?? old)!.text],
    words: null,
    text: null,
  };
}

function findingItem(entry: FindingEntry): ViewItem {
  const { old, new: next } = entry;
  const details: string[] = [];
  if (old && next) {
    if (entry.changes.includes('section')) details.push(`section ${old.section ?? 'none'} → ${next.section ?? 'none'}`);
    if (entry.changes.includes('jointReport')) details.push(`joint report ${jointText(old.jointReport)} → ${jointText(next.jointReport)}`);
  }
  return { mark: markOf(entry.status), name: idName(entry), status: entry.status, lines: lines(entry), details, words: entry.words, text: onlyText(entry) };
}

/** "4.3", or "3.13 → 3.12" when the id changed. */
function idName(entry: { old: { id: string } | null; new: { id: string } | null }): string {
  const { old, new: next } = entry;
  return old && next && old.id !== next.id ? `${old.id} → ${next.id}` : (next ?? old)!.id;
}

function jointText(value: boolean | 'partial'): string {
  return value === 'partial' ? 'partly' : value ? 'yes' : 'no';
}

function recommendationItem(entry: RecommendationEntry): ViewItem {
  const { old, new: next } = entry;
  const details: string[] = [];
  if (old && next) {
    if (entry.changes.includes('timescale')) details.push(`timescale ${timescaleText(old)} → ${timescaleText(next)}`);
    if (entry.changes.includes('due')) details.push(`due ${old.due ?? 'none'} → ${next.due ?? 'none'}`);
    if (entry.changes.includes('jointReport')) details.push(`joint report ${jointText(old.jointReport)} → ${jointText(next.jointReport)}`);
    if (entry.changes.includes('actor')) details.push(`actor ${old.actor ?? 'none'} → ${next.actor ?? 'none'}`);
  }
  if (entry.similarity !== null && entry.status === 'reworded') details.push(`similarity ${entry.similarity}`);
  return { mark: markOf(entry.status), name: idName(entry), status: entry.status, lines: lines(entry), details, words: entry.words, text: onlyText(entry) };
}

function timescaleText(ref: RecommendationRef): string {
  return ref.timescale?.text ?? ref.group ?? 'none';
}

/**
 * The word diff with long unchanged stretches cut to `context` words on each
 * side of a change (the cut shown as "…").
 */
export function elide(words: WordChange[], context = 8): WordChange[] {
  return words.map((change, index) => {
    if (change.op !== 'equal') return change;
    const tokens = change.text.split(/(\s+)/);
    const wordAt = tokens.flatMap((token, i) => (token.trim() ? [i] : []));
    const before = index > 0 ? context : 0; // words kept after the previous change
    const after = index < words.length - 1 ? context : 0; // words kept before the next change
    if (wordAt.length <= before + after + 2) return change;
    const head = before > 0 ? tokens.slice(0, wordAt[before - 1]! + 1).join('') : '';
    const tail = after > 0 ? tokens.slice(wordAt[wordAt.length - after]!).join('') : '';
    return { op: 'equal', text: [head, '…', tail].filter(Boolean).join(' ') };
  });
}

/** "line 54 → 56", "new line 166", "old line 110". */
export function linesText(lines: { old: number | null; new: number | null }): string {
  if (lines.old !== null && lines.new !== null) return `line ${lines.old} → ${lines.new}`;
  if (lines.new !== null) return `new line ${lines.new}`;
  if (lines.old !== null) return `old line ${lines.old}`;
  return '';
}

/**
 * A word diff as one string: unchanged runs as they are, each deleted or
 * inserted run through `mark`, with its surrounding spaces left outside.
 */
export function marked(words: WordChange[], mark: (op: 'delete' | 'insert', text: string) => string, plain: (text: string) => string = (t) => t): string {
  return words
    .map(({ op, text }) => {
      if (op === 'equal') return plain(text);
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
      return core ? `${lead}${mark(op, plain(core))}${trail}` : text;
    })
    .join('');
}
