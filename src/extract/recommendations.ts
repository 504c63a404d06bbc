/**
 * Recommendations: the items of a recommendations section, grouped under
 * timescale labels ("Within 3 months", "Immediately:"), with who must act.
 */
import { dueDate, parseTimescale, type Region } from '../dates/index.js';
import type { Part as ReportPart, Recommendation, Timescale } from '../schema/report.js';
import { insertionsOf, joinParts, jointReportOf, span, type Part } from './findings.js';
import { boldPrefixEnd, textOf, type InlineText } from './inline.js';
import type { Locator } from '../location.js';

export interface GroupLabel {
  /** The label as written, without a trailing colon: "Within 3 months". */
  label: string;
  /** The group's timescale; null for a group named by priority ("Areas for priority action"). */
  timescale: Timescale | null;
}

// The groups that frameworks without timescales sort their recommendations into.
const NAMED_GROUP = /^(?:priority and immediate actions?|immediate actions?|areas? for priority action|areas? for improvement)$/i;

/**
 * A group named by priority rather than by timescale: "Priority and
 * immediate action" and "Areas for improvement" (single inspections),
 * "Areas for priority action" (area SEND).
 */
export function groupName(t: InlineText): GroupLabel | null {
  const text = textOf(t).replace(/[\s:.]+$/, '');
  return NAMED_GROUP.test(text) ? { label: text, timescale: null } : null;
}

/**
 * A timescale group label: a block that starts with a timescale and says
 * little else ("Within 3 months (italics are from joint report)"), or whose
 * bold opening is one.
 */
export function groupLabel(t: InlineText): GroupLabel | null {
  const bold = boldPrefixEnd(t);
  const candidates = bold > 0 ? [textOf(t, 0, bold), textOf(t)] : [textOf(t)];
  for (const text of candidates) {
    if (text.length > 120) continue;
    const timescale = parseTimescale(text);
    if (!timescale || !startsWith(text, timescale.text)) continue;
    const rest = text.slice(timescale.text.length).replace(/^[\s:.,–—-]+/, '');
    // A sentence that merely opens with a timescale is an item, not a label.
    if (rest && !/^\(.*\)$/.test(rest) && bold === 0) continue;
    return { label: text.slice(0, bold > 0 ? undefined : timescale.text.length).replace(/[\s:.]+$/, ''), timescale };
  }
  return null;
}

function startsWith(text: string, prefix: string): boolean {
  return text.toLowerCase().startsWith(prefix.toLowerCase());
}

// Words that name someone who can act; a capitalised word past the first
// also does ("Essex PCTs", "Mid Essex Hospitals").
const ACTOR_NOUN =
  /\b(?:boards?|trusts?|pcts?|councils?|authority|authorities|partners(?:hip)?|hospitals?|services|teams?|commissioners?|managers?|leaders?|agenc(?:y|ies)|providers?|directors?|executives?|members|staff|practitioners|cqc|nhs|ofsted|lscb|scb|government|departments?|officers?|gps?)\b/i;
const ACTOR = /^((?:the\s+)?[A-Z][^.;:!?()]{1,100}?)\s+(?:to|should|must|will|shall|needs? to|is to|are to|is required to|are required to)\s+[a-z]/;

/** Who a recommendation names to act ("Essex PCTs to ensure …" → "Essex PCTs"), or null. */
// An item that opens with a verb is an instruction to the reader, not a named actor.
const IMPERATIVE =
  /^(?:to|ensure|develop|improve|review|establish|analy[sz]e|increase|collate|agree|build|accelerate|seek|consolidate|make|provide|strengthen|implement|undertake|consider|continue|put|use|monitor|reduce|extend|embed|evaluate|introduce|create|set|raise|secure|identify|take|strengthen|address|complete|maintain|promote|support)\b/i;
// A possessive before a lower-case noun ("Care leavers’ experience of …") makes that noun the subject.
const POSSESSIVE = /\w[’']s?\s+[a-z]/;

export function actorOf(text: string): string | null {
  if (IMPERATIVE.test(text)) return null;
  const match = ACTOR.exec(text);
  if (!match) return null;
  const actor = match[1]!.trim().replace(/,$/, '');
  const words = actor.split(/\s+/);
  if (words.length > 12) return null;
  // The head of the phrase must be someone: "The stability of the senior leadership team" names a quality, not an actor.
  const head = actor.split(/\s+of\s+/)[0]!;
  const named = head.split(/\s+/).slice(1).some((w) => /^[A-Z]/.test(w)) || ACTOR_NOUN.test(head);
  return named && !POSSESSIVE.test(actor) ? actor : null;
}

const INTRO_ACTOR =
  /(?:^|[,;]\s*|\.\s+)((?:the\s+)?[A-Za-z][\w\s'’&-]{1,60}?)\s+(?:should|must|needs? to|is required to|are required to|will need to)\s+(?:take|address|consider|act on|implement)\s+the\s+following/i;

/** The actor an introduction names for the items after it ("…, the local authority should take the following action."). */
export function introActorOf(text: string): string | null {
  const match = INTRO_ACTOR.exec(text);
  return match ? match[1]!.trim() : null;
}

export interface RecommendationDraft {
  id: string;
  /** The paragraph number printed before it, when recommendations are numbered with the findings. */
  number: string | null;
  part: ReportPart;
  parts: Part[];
  heading: string | null;
  group: GroupLabel | null;
  /** The actor an introduction named for the items after it. */
  actor: string | null;
  /** A timescale given apart from the text (a table's timescale column). */
  timescale?: Timescale;
}

/**
 * A recommendation from its parts. Its timescale is the most specific one
 * given: its own column, its own sentence, then its group's label.
 */
export function buildRecommendation(
  draft: RecommendationDraft,
  context: { base: string | null; region: Region; locate: Locator },
): Recommendation {
  const text = joinParts(draft.parts);
  const timescale = draft.timescale ?? parseTimescale(text) ?? draft.group?.timescale ?? null;
  return {
    part: draft.part,
    id: draft.id,
    number: draft.number,
    group: draft.group?.label ?? null,
    timescale,
    due: timescale ? dueDate(context.base, timescale, context.region) : null,
    jointReport: jointReportOf(draft.parts),
    actor: actorOf(text) ?? draft.actor,
    text,
    heading: draft.heading,
    insertions: insertionsOf(draft.parts, context.locate),
    position: span(draft.parts, context.locate),
  };
}
