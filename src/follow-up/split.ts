/**
 * A recommendation that holds several asks, cut into them, so that each is
 * tracked: "… undertake health assessments and implement a robust monitoring
 * system …" is two asks, and one can be met while the other is not.
 *
 * Three cuts, nothing cleverer (no parser of English); the first two only for
 * a recommendation phrased as actions (see SplitOptions):
 * - a sentence that starts with an action verb starts a new ask ("… to the
 *   gang action plan. Make clear how …"); any other sentence ("This should
 *   include …") belongs to the ask before it;
 * - "and <verb>", "; <verb>" or ", and that …" inside a sentence, when the
 *   words before it already hold an object (MIN_OBJECT_WORDS content words
 *   after their last verb) and so do the words after it: "review and address
 *   lack of capacity" stays one ask, because "review" has no object of its
 *   own, and so does "measure and evaluate progress";
 * - "<head>, including A, B and C" (or "such as A, B and C"): one ask per item, each with its head
 *   ("The response to children with specific vulnerabilities: disabled children").
 */
import { contentStems } from './words.js';

/** Verbs a recommendation asks with, in the imperative or after "to". */
export const ACTION_VERBS = new Set([
  'accelerate', 'address', 'agree', 'analyse', 'appoint', 'assess', 'audit', 'clarify', 'commission', 'complete', 'consider',
  'consolidate', 'deliver', 'demonstrate', 'develop', 'embed', 'enhance', 'ensure', 'establish', 'evaluate', 'extend',
  'formalise', 'identify', 'implement', 'improve', 'increase', 'introduce', 'make', 'monitor', 'prioritise', 'produce',
  'promote', 'provide', 'publish', 'raise', 'recruit', 'reduce', 'respond', 'review', 'secure', 'share', 'strengthen',
  'undertake', 'update', 'use',
]);

/** How many content words must follow the last verb of the text before a cut for it to be an ask of its own. */
export const MIN_OBJECT_WORDS = 2;

/** The fewest items an "including" list needs to be cut into asks. */
export const MIN_LIST_ITEMS = 2;

export interface SplitOptions {
  /**
   * Who is asked, when the report names them ("Essex PCTs to ensure…"). A
   * recommendation is cut at its clauses only when it is phrased as actions:
   * it names who acts, or starts with a verb. A recommendation phrased as a
   * noun ("Scrutiny and oversight of practice by managers and the independent
   * conference and review officers") holds verbs only as nouns ("review officers").
   */
  actor?: string | null;
}

export function splitAsks(text: string, options: SplitOptions = {}): string[] {
  const actions = Boolean(options.actor) || startsWithVerb(text.trim());
  const asks: string[] = [];
  for (const sentence of recommendationSentences(text)) {
    if (asks.length > 0 && !startsWithVerb(sentence)) {
      asks[asks.length - 1] += ` ${sentence}`;
      continue;
    }
    asks.push(...(actions ? cutClauses(sentence) : [sentence]));
  }
  return asks.flatMap(cutInclusions).map((ask) => ask.trim()).filter(Boolean);
}

function recommendationSentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function startsWithVerb(sentence: string): boolean {
  const first = /^[\p{L}]+/u.exec(sentence)?.[0].toLowerCase();
  return first !== undefined && ACTION_VERBS.has(first);
}

/** Cut at "and <verb>", "; <verb>", ", and that". */
function cutClauses(sentence: string): string[] {
  const cut = /(?:;\s*|,?\s+and\s+(?:to\s+)?)(?=([\p{L}]+)\b)/giu;
  const parts: string[] = [];
  let start = 0;
  for (const match of sentence.matchAll(cut)) {
    const next = match[1]?.toLowerCase();
    // ", and that …" after "Ensure that …": a second object clause of the same verb.
    const thatClause = next === 'that' && match[0].startsWith(',');
    if (!thatClause && (next === undefined || !ACTION_VERBS.has(next))) continue;
    const left = sentence.slice(start, match.index);
    if (objectWords(left) < MIN_OBJECT_WORDS) continue;
    // "… be used to measure and evaluate progress": the verb after "and" shares the object before it when it has too
    // little of its own to be an ask ("evaluate progress").
    const right = sentence.slice(match.index + match[0].length).split(/[;,]|\s+and\s+/)[0]!;
    if (!thatClause && objectWords(right) < MIN_OBJECT_WORDS) continue;
    parts.push(left);
    start = match.index + match[0].length;
  }
  parts.push(sentence.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Content words after the last action verb of a text (all its content words when it has none). */
function objectWords(text: string): number {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let last = -1;
  words.forEach((w, i) => {
    if (ACTION_VERBS.has(w)) last = i;
  });
  return contentStems(words.slice(last + 1).join(' ')).length;
}

/** "<head>, including A, B and C" (or "such as") → one ask per item, written "<head>: <item>". */
function cutInclusions(ask: string): string[] {
  const match = /^(.*?),\s+(?:including|such\s+as)\s+(.+?)([.]?)$/su.exec(ask);
  if (!match) return [ask];
  const head = match[1]!.trim();
  // The list ends where a purpose clause begins ("…, including to those in the justice system, so that risk can be
  // better assessed"): the purpose is no item, and each item keeps it (askCore leaves it out of the matching).
  const purposeAt = match[2]!.search(PURPOSE);
  const list = purposeAt >= 0 ? match[2]!.slice(0, purposeAt) : match[2]!;
  const purpose = purposeAt >= 0 ? match[2]!.slice(purposeAt) : '';
  const commaItems = list.split(/\s*,\s*(?:and\s+)?/).filter(Boolean);
  const last = commaItems.pop() ?? '';
  const andAt = last.search(/\s+and\s+/);
  const items = andAt > 0 && commaItems.length > 0 ? [...commaItems, last.slice(0, andAt), last.slice(andAt).replace(/^\s+and\s+/, '')] : [...commaItems, last];
  const kept = items.map((i) => i.trim()).filter(Boolean);
  if (kept.length < MIN_LIST_ITEMS) return [ask];
  return kept.map((item) => `${head}: ${item}${purpose}`);
}

/** Where a purpose clause begins: ", so that …", " in order to …". */
const PURPOSE = /,?\s+(?:so\s+that|in\s+order\s+to)\b/i;

/** The fewest content words the ask must keep for its purpose clause to be left out of the matching. */
export const MIN_CORE_WORDS = 3;

/**
 * The part of an ask that says what is to be done, without the purpose
 * clause ("…, so that children do not experience delay…"): the later report
 * speaks of the thing done, and the purpose's words (children, delay, risk,
 * needs) are in every paragraph. Kept whole when too little would be left.
 */
export function askCore(ask: string): string {
  const cut = PURPOSE.exec(ask);
  const core = cut && contentStems(ask.slice(0, cut.index)).length >= MIN_CORE_WORDS ? ask.slice(0, cut.index) : ask;
  // An item of a list ("<head>: <item>", as cutInclusions writes it) is matched on its own words when they are enough:
  // "Consolidate performance in areas that were previously good: suitable accommodation for care leavers" is about the
  // accommodation, and a later "Services in these areas are now good" is not about it.
  const item = INCLUSION_ITEM.exec(core)?.[1];
  return item && contentStems(item).length >= MIN_CORE_WORDS ? item : core;
}

/** The item of an ask cut from a list by cutInclusions. */
const INCLUSION_ITEM = /^[^:]+:\s+(.+)$/su;

/**
 * An ask without the instruction it opens with: "Review Haringey's CSE
 * guidance" is about the guidance, and a later report that uses "review" of
 * something else ("used effectively to review and update plans") does not
 * speak to it. The actor ("Essex PCTs to …"), then the first action verb and
 * a "that" after it, are left out. Kept whole when too little would be left.
 */
export function askTopic(ask: string, actor?: string | null): string {
  let rest = ask.trim();
  if (actor && rest.toLowerCase().startsWith(actor.toLowerCase())) rest = rest.slice(actor.length).replace(/^\s*to\s+/i, '');
  const match = /^(\p{L}+)\s+(?:that\s+)?/u.exec(rest);
  if (!match || !ACTION_VERBS.has(match[1]!.toLowerCase())) return ask;
  const topic = rest.slice(match[0].length);
  return contentStems(topic).length >= MIN_CORE_WORDS ? topic : ask;
}
