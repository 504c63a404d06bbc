/**
 * Were the earlier report's recommendations acted on? For each one, cut into
 * its asks, this finds what the later report says of it and decides a status:
 *
 * 1. retrieval: BM25 over the later report's recommendations and paragraphs
 *    gives the candidate passages (retrieve.ts);
 * 2. re-ranking: each candidate sentence is scored by the share of the ask's
 *    stemmed, stop-worded words it holds, weighted by rarity;
 * 3. stated progress: a sentence that points back at the earlier report
 *    ("at the last inspection", "This recommendation…") and scores at least
 *    STATED_MIN_SCORE is the report's own statement, and is preferred to
 *    inference (stated.ts);
 * 4. repeats: a later recommendation at least REPEAT_MIN_SIMILARITY alike
 *    makes the ask `repeated`;
 * 5. otherwise the cue phrases of the best evidence sentences decide
 *    (cues.ts, decide.ts); with no sentence scoring evidenceMinScore, nothing
 *    was found to speak to it: `not-assessed`, with the nearest sentence
 *    kept for the reader (word overlap misses an answer in other words).
 *
 * A pure function of the two reports.
 */
import { hasPart } from '../schema/parts.js';
import type { Recommendation, Report } from '../schema/report.js';
import { authorityOf, authorityWords, sameAuthority } from './authority.js';
import { findCues, type CueHit, type Reading } from './cues.js';
import { combineAsks, decisive, readCues, tally } from './decide.js';
import { passagesOf, type Passage } from './passages.js';
import { coverage, makeRetriever, sentenceStems, similarity, type Retriever } from './retrieve.js';
import type { AskResult, Basis, Evidence, FollowUp, RecommendationFollowUp, Repeat, ReportRef } from './schema.js';
import { askCore, askTopic, splitAsks } from './split.js';
import { anchorIn, numbersNamed } from './stated.js';
import { countStatuses, summarise, type Status } from './statuses.js';
import { contentStems, stemSet } from './words.js';

/** Every threshold of the matching, named. Each is a share from 0 to 1. */
export const THRESHOLDS = {
  /** The least re-ranking score a sentence needs to count as evidence that the later report speaks to an ask. */
  evidenceMinScore: 0.3,
  /**
   * Below that score, a sentence still speaks to the ask when at least this share of its own words (weighted) are the
   * ask's, and it shares FOCUS_MIN_WORDS of them: a long recommendation of 2014 ("Consolidate recent improvements made
   * in the number of timely completions of initial child protection conferences held within 15 working days") is
   * answered in four words in 2023 ("Most CP conferences are timely"). It then counts as scoring evidenceMinScore.
   */
  focusMinScore: 0.75,
  /** Evidence beyond the best sentence must score at least this share of the best one's score. */
  evidenceRelative: 0.75,
  /** The least score a sentence that points back at the earlier report needs to be a statement about this ask. */
  statedMinScore: 0.3,
  /** The least similarity a later recommendation needs to an ask (or to the whole recommendation) to repeat it. */
  repeatMinSimilarity: 0.4,
  /**
   * Below that similarity, a later recommendation still repeats an ask when the two are each other's best match and at
   * least this share of the later one's words (weighted) are in the ask. Ofsted's later recommendations are headlines
   * ("The identification of and response to children in private fostering arrangements"), and a long earlier one that
   * holds the headline's words is the same recommendation in more words.
   */
  repeatMinContainment: 0.3,
  /**
   * The least similarity a mutually best-matching pair needs for containment to make it a repeat: two recommendations
   * that share a word of the trade and little else ("… an integrated, agreed IT strategy … to link children's services
   * and health partners" and "… child and adolescent mental health services respond to urgent referrals within the
   * agreed timescales") may still be each other's best match.
   */
  repeatMinMutualSimilarity: 0.3,
} as const;

/** How many evidence sentences are kept per ask. */
export const EVIDENCE_MAX = 3;

/** How many of the ask's words a sentence admitted by its focus (`focusMinScore`) must hold. */
export const FOCUS_MIN_WORDS = 3;

export type Thresholds = { -readonly [K in keyof typeof THRESHOLDS]: number };

export interface FollowUpOptions {
  /** Override thresholds (for experiments; the CLI does not expose them). */
  thresholds?: Partial<Thresholds>;
}

export function followUp(earlier: Report, later: Report, options: FollowUpOptions = {}): FollowUp {
  const thresholds: Thresholds = { ...THRESHOLDS, ...options.thresholds };
  const passages = passagesOf(later);
  const retriever = makeRetriever(passages);
  const statements = new Set(passages.filter(isStatementPassage).map((p) => p.key));
  const laterRecs = passages.filter((p) => p.place.kind === 'recommendation' && !statements.has(p.key));
  const earlierYear = Number(refOf(earlier).date?.slice(0, 4)) || null;
  const names = new Set(contentStems([...authorityWords(earlier), ...authorityWords(later)].join(' ')));
  const context: Context = { passages, retriever, statements, laterRecs, thresholds, bestMatch: new Map(), earlierYear, names, reviewsBoard: hasPart(later, 'lscb') };

  const asks = earlier.recommendations.map((rec) => splitAsks(rec.text, { actor: rec.actor }).map((a) => askStems(a, rec.actor, context)));
  context.bestMatch = bestEarlierFor(laterRecs, [...asks.flat(), ...earlier.recommendations.map((r) => stemSet(r.text))], retriever);
  const results = earlier.recommendations.map((rec, index) => followOne(rec, index + 1, context));
  const counts = countStatuses(results.map((r) => r.status));
  return {
    earlier: refOf(earlier),
    later: refOf(later),
    results,
    counts,
    summary: summarise(counts),
    stated: results.filter((r) => r.basis === 'stated').length,
    sameAuthority: sameAuthority(authorityOf(earlier), authorityOf(later)),
  };
}

interface Context {
  passages: readonly Passage[];
  retriever: Retriever;
  /** Passages that state progress against the earlier report's recommendations by name (keys). */
  statements: ReadonlySet<number>;
  /** The later report's own recommendations (statements aside). */
  laterRecs: readonly Passage[];
  thresholds: Thresholds;
  /** For each later recommendation (key), the highest similarity any earlier ask or recommendation has to it. */
  bestMatch: Map<number, number>;
  /** The year of the earlier report, to tell "the last inspection in 2018" from ours. */
  earlierYear: number | null;
  /** The stems of the authorities' names, left out of every ask. */
  names: ReadonlySet<string>;
  /**
   * Whether the later report reviews a Local Safeguarding Children Board (has an `lscb` part). The single inspections
   * of 2014-17 end with such a review, whose recommendations are the Board's to act on. The Boards were replaced by
   * safeguarding partnerships in 2019, and a later report without the review speaks of the authority's practice, not
   * of the Board: its sentences on missing children or exploitation share the words of a Board recommendation ("Ensure
   * that the Board receives an annual report on children missing…") without saying whether the Board did it.
   */
  reviewsBoard: boolean;
}

/**
 * The words an ask is matched on: what is to be done without the purpose
 * clause (askCore), without the instruction it opens with (askTopic), and
 * without the authority's name.
 */
function askStems(text: string, actor: string | null | undefined, context: Pick<Context, 'names'>): Set<string> {
  const stems = stemSet(askTopic(askCore(text), actor));
  for (const name of context.names) stems.delete(name);
  return stems;
}

interface Scored {
  passage: Passage;
  /** The sentence scored, and the first sentence quoted (the one before, when it leans on it). */
  index: number;
  first: number;
  score: number;
  /** The share of the sentence's own words (weighted) that are the ask's, and how many of the ask's words it holds. */
  focus: number;
  shared: number;
  bm25: number;
  cues: CueHit[];
  stated: boolean;
  quote: string;
}

function followOne(rec: Recommendation, ordinal: number, context: Context): RecommendationFollowUp {
  const whole = stemSet(rec.text);
  const board = rec.part === 'lscb' && !context.reviewsBoard;
  const asks = splitAsks(rec.text, { actor: rec.actor }).map((text) => followAsk(text, rec.actor, whole, ordinal, context, board));
  const status = combineAsks(asks.map((a) => a.status));
  const assessed = asks.filter((a) => a.status !== 'not-assessed');
  const basis: Basis = (assessed.length > 0 ? assessed : asks).every((a) => a.basis === 'stated') ? 'stated' : 'inferred';
  return { id: rec.id, text: rec.text, line: rec.position.start.line, page: rec.position.start.page ?? null, status, basis, asks };
}

/** `board`: the ask is the Board's, and the later report reviews no Board (see Context.reviewsBoard): only what it states or recommends again counts. */
function followAsk(text: string, actor: string | null | undefined, whole: ReadonlySet<string>, ordinal: number, context: Context, board = false): AskResult {
  const { retriever, thresholds } = context;
  const ask = askStems(text, actor, context);

  // 1-2. Candidates (BM25, plus every later recommendation) and their sentences, re-ranked.
  const candidates = new Map<number, number>();
  for (const c of retriever.retrieve(askTopic(askCore(text), actor))) candidates.set(c.passage.key, c.bm25);
  for (const p of context.laterRecs) if (!candidates.has(p.key)) candidates.set(p.key, 0);
  const scored: Scored[] = [];
  for (const [key, bm25] of candidates) {
    const passage = context.passages[key]!;
    passage.sentences.forEach((sentence, index) => {
      const stems = sentenceStems(passage, index);
      const score = coverage(ask, stems, retriever.weight);
      const own = new Set(sentence.stems);
      const focus = coverage(own, ask, retriever.weight);
      const shared = [...ask].filter((stem) => stems.has(stem)).length;
      const pair = sentence.leansBack && index > 0;
      const quote = pair ? `${passage.sentences[index - 1]!.text} ${sentence.text}` : sentence.text;
      const cues = pair ? [...findCues(passage.sentences[index - 1]!.text), ...findCues(sentence.text)] : findCues(sentence.text);
      scored.push({ passage, index, first: pair ? index - 1 : index, score, focus, shared, bm25, cues, stated: false, quote });
    });
  }

  // 3. Stated progress: by number ("Recommendation 6 …") in a statement passage, or a sentence pointing back.
  const stated = statedFor(ask, ordinal, context, scored);
  // 4. Repeats.
  const repeatedBy = bestRepeat(ask, whole, context);
  // 5. Evidence for inference: sentences of findings and paragraphs, best first.
  const findings = scored.filter((s) => s.passage.place.kind !== 'recommendation' && !context.statements.has(s.passage.key));
  const evidence = board ? [] : pickEvidence(findings, thresholds);

  const shown: Scored[] = [];
  for (const s of [...stated.sentences, ...evidence]) if (shown.length < EVIDENCE_MAX && !shown.some((k) => overlaps(k, s))) shown.push(s);
  const result = (status: Status, basis: Basis, decidedBy: CueHit[], reason: string, nearest: Scored | null = null): AskResult => ({
    text,
    status,
    basis,
    evidence: shown.map(toEvidence),
    repeatedBy,
    decidedBy,
    reason,
    nearest: nearest && toEvidence(nearest),
  });

  if (stated.verdict) {
    const { reading, cue, sentence } = stated.verdict;
    if (reading === 'not-met' && repeatedBy) return result('repeated', 'stated', [cue], `stated not met ("${cue.text}", ${where(sentence)}) and recommended again as ${repeatedBy.id ?? 'a new recommendation'}`);
    return result(reading, 'stated', [cue], `stated: "${cue.text}" (${where(sentence)})`);
  }
  const statedCues = stated.sentences.flatMap((s) => s.cues);
  if (repeatedBy) {
    const basis: Basis = stated.sentences.length > 0 ? 'stated' : 'inferred';
    return result('repeated', basis, statedCues, `recommended again as ${repeatedBy.id ?? 'a new recommendation'} (similarity ${repeatedBy.similarity})`);
  }
  const statedReading = readCues(statedCues);
  if (statedReading) return result(statedReading, 'stated', decisive(statedCues, statedReading), `stated against the earlier report (${places(stated.sentences)}): ${tallyText(statedCues)}`);

  if (board) return result('not-assessed', 'inferred', [], 'a recommendation to the Local Safeguarding Children Board, and the later report reviews no such board');
  if (evidence.length === 0) {
    // What came closest, for the reader: word overlap misses an ask answered in other words.
    const nearest = findings.sort((a, b) => rank(b, thresholds) - rank(a, thresholds) || b.bm25 - a.bm25).find((s) => s.score > 0) ?? null;
    const closest = nearest ? ` (the nearest, ${where(nearest)}, holds ${round(nearest.score)})` : '';
    return result('not-assessed', 'inferred', [], `no sentence of the later report holds ${thresholds.evidenceMinScore} of its words${closest}`, nearest);
  }
  const cues = evidence.flatMap((e) => e.cues);
  const reading = readCues(cues);
  if (!reading) return result('not-assessed', 'inferred', [], `spoken to (${places(evidence)}) without a cue phrase`);
  return result(reading, 'inferred', decisive(cues, reading), `inferred from ${places(evidence)}: ${tallyText(cues)}`);
}

interface Stated {
  /** An explicit verdict on the recommendation ("This recommendation has been met"). */
  verdict: { reading: Reading; cue: CueHit; sentence: Scored } | null;
  /** Every sentence that states progress against this ask. */
  sentences: Scored[];
}

function statedFor(ask: ReadonlySet<string>, ordinal: number, context: Context, scored: Scored[]): Stated {
  const { thresholds, retriever } = context;
  const out: Stated = { verdict: null, sentences: [] };

  // A statement passage that names this recommendation's number, or names none and is about it.
  for (const key of context.statements) {
    const passage = context.passages[key]!;
    const named = numbersNamed(passage.text);
    const about = named.length > 0 ? named.includes(ordinal) : coverage(ask, stemSet(passage.text), retriever.weight) >= thresholds.statedMinScore;
    if (!about) continue;
    passage.sentences.forEach((sentence, index) => {
      const cues = findCues(sentence.text);
      const verdict = cues.find((c) => c.kind === 'verdict');
      // Quote the finding the verdict rests on with it: "… are now compliant with level 3 training. This recommendation has been met."
      const first = index >= 2 ? index - 1 : index;
      const quote = passage.sentences.slice(first, index + 1).map((x) => x.text).join(' ');
      const s: Scored = { passage, index, first, score: 1, focus: 1, shared: ask.size, bm25: 0, cues, stated: true, quote };
      if (verdict && anchorIn(sentence.text)) {
        out.verdict = { reading: verdict.reads, cue: verdict, sentence: s };
        out.sentences.push(s);
      }
    });
  }
  if (out.verdict) return out;

  // A sentence that points back at the earlier report and is about this ask, with the cues of a sentence leaning on it;
  // or a sentence leaning on one that points back ("… was noted at the last inspection. This has not been addressed").
  const taken = new Set<string>();
  for (const s of [...scored].sort((a, b) => a.passage.key - b.passage.key || a.index - b.index)) {
    if (rank(s, thresholds) < thresholds.statedMinScore || s.passage.place.kind === 'recommendation' || context.statements.has(s.passage.key)) continue;
    if (taken.has(`${s.passage.key}:${s.index}`)) continue;
    const sentence = s.passage.sentences[s.index]!;
    const own = anchorIn(sentence.text);
    const before = sentence.leansBack && s.index > 0 ? anchorIn(s.passage.sentences[s.index - 1]!.text) : null;
    if (!own && !before) continue;
    // "at the last focused visit in October 2020": another report than the earlier one given.
    if (namesOtherYear(own ? sentence.text : s.passage.sentences[s.index - 1]!.text, context.earlierYear)) continue;
    const next = s.passage.sentences[s.index + 1];
    const follower = own && next?.leansBack ? next : undefined;
    if (follower) taken.add(`${s.passage.key}:${s.index + 1}`);
    const cues = follower ? [...s.cues, ...findCues(follower.text)] : s.cues;
    const quote = follower ? `${s.quote} ${follower.text}` : s.quote;
    if (cues.length === 0) continue;
    const statement: Scored = { ...s, index: follower ? s.index + 1 : s.index, cues, stated: true, quote };
    const verdict = cues.find((c) => c.kind === 'verdict');
    if (verdict && !out.verdict) out.verdict = { reading: verdict.reads, cue: verdict, sentence: statement };
    out.sentences.push(statement);
  }
  out.sentences.sort((a, b) => rank(b, thresholds) - rank(a, thresholds));
  return out;
}

/** The sentence names years, none of them within a year of the earlier report's. */
function namesOtherYear(sentence: string, earlierYear: number | null): boolean {
  if (earlierYear === null) return false;
  const years = (sentence.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number);
  return years.length > 0 && years.every((y) => Math.abs(y - earlierYear) > 1);
}

function bestRepeat(ask: ReadonlySet<string>, whole: ReadonlySet<string>, context: Context): Repeat | null {
  const { retriever, thresholds } = context;
  let best: { passage: Passage; value: number; containment: number } | null = null;
  for (const passage of context.laterRecs) {
    const stems = stemSet(passage.text);
    const value = Math.max(similarity(ask, stems, retriever.weight), similarity(whole, stems, retriever.weight));
    const containment = Math.max(coverage(stems, ask, retriever.weight), coverage(stems, whole, retriever.weight));
    if (!best || value > best.value) best = { passage, value, containment };
  }
  if (!best) return null;
  const strong = best.value >= thresholds.repeatMinSimilarity;
  // Each other's best match: no other earlier ask is closer to this later recommendation.
  const mutual = best.value >= thresholds.repeatMinMutualSimilarity && best.value >= (context.bestMatch.get(best.passage.key) ?? 0);
  if (!strong && !(mutual && best.containment >= thresholds.repeatMinContainment)) return null;
  return { ...best.passage.place, text: best.passage.text, similarity: round(best.value) };
}

/** For each later recommendation, the highest similarity of any earlier ask (or whole recommendation) to it. */
function bestEarlierFor(laterRecs: readonly Passage[], earlier: readonly ReadonlySet<string>[], retriever: Retriever): Map<number, number> {
  const out = new Map<number, number>();
  for (const passage of laterRecs) {
    const stems = stemSet(passage.text);
    out.set(passage.key, Math.max(0, ...earlier.map((e) => similarity(e, stems, retriever.weight))));
  }
  return out;
}

/** How well a sentence speaks to the ask: its score, or evidenceMinScore when it is admitted by its focus alone. */
function rank(s: Scored, thresholds: Thresholds): number {
  const focused = s.focus >= thresholds.focusMinScore && s.shared >= FOCUS_MIN_WORDS;
  return focused ? Math.max(s.score, thresholds.evidenceMinScore) : s.score;
}

function pickEvidence(scored: Scored[], thresholds: Thresholds): Scored[] {
  const ranked = scored.filter((s) => rank(s, thresholds) >= thresholds.evidenceMinScore).sort((a, b) => rank(b, thresholds) - rank(a, thresholds) || b.bm25 - a.bm25);
  const best = ranked[0] ? rank(ranked[0], thresholds) : 0;
  const kept: Scored[] = [];
  for (const s of ranked) {
    if (rank(s, thresholds) < best * thresholds.evidenceRelative || kept.length === EVIDENCE_MAX) break;
    // A sentence quoted already (alone, or with the one leaning on it) is not evidence twice.
    if (kept.some((k) => overlaps(k, s))) continue;
    kept.push(s);
  }
  return kept;
}

function overlaps(a: Scored, b: Scored): boolean {
  return a.passage.key === b.passage.key && a.first <= b.index && b.first <= a.index;
}

/** A passage that states progress against the earlier recommendations by name: "Recommendation 6 asked…", "This recommendation has been met." */
function isStatementPassage(passage: Passage): boolean {
  if (numbersNamed(passage.text).length > 0 && passage.sentences.some((s) => findCues(s.text).some((c) => c.kind === 'verdict'))) return true;
  return passage.sentences.some((s) => /\b(?:this|these|the)\s+recommendations?\b/i.test(s.text) && findCues(s.text).some((c) => c.kind === 'verdict'));
}

function toEvidence(s: Scored): Evidence {
  return {
    ...s.passage.place,
    // A "recommendation" of the later report that states progress against the earlier ones is a statement, not a recommendation.
    kind: s.stated && s.passage.place.kind === 'recommendation' ? 'statement' : s.passage.place.kind,
    sentence: s.quote,
    score: round(s.score),
    focus: round(s.focus),
    bm25: round(s.bm25),
    stated: s.stated,
    cues: s.cues.map(({ phrase, kind, reads, text }) => ({ phrase, kind, reads, text })),
  };
}

function where(s: Scored): string {
  const place = s.passage.place;
  const name = place.id === null ? (place.heading ? `a paragraph under "${place.heading}"` : 'a paragraph') : `${place.kind === 'recommendation' ? 'recommendation' : 'paragraph'} ${place.id}`;
  return place.page ? `${name} (page ${place.page})` : `${name} (line ${place.line})`;
}

/** The places of several pieces of evidence, each once. */
function places(list: readonly Scored[]): string {
  return [...new Set(list.map(where))].join(', ');
}

function tallyText(cues: readonly CueHit[]): string {
  const t = tally(cues);
  return `met ${t.met}, not met ${t.notMet}, partly ${t.partly}`;
}

function refOf(report: Report): ReportRef {
  const meta = report.metadata as Report['metadata'] & { publicationDate?: { date: string | null } };
  return {
    path: report.source.path,
    title: report.title,
    date: meta.finalReportDate?.date ?? meta.publicationDate?.date ?? meta.inspectionDates?.end ?? null,
    authority: authorityOf(report),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
