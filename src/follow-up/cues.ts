/**
 * The cue phrases that decide a status, as one table. Each entry names the
 * phrase as a person would search for it, what it reads as, what kind of cue
 * it is, and an example sentence from an inspection report (the test of the
 * table runs every example, phrase by phrase).
 *
 * Kinds, strongest first:
 * - `verdict`: the report's own word on a recommendation ("This
 *   recommendation has been met").
 * - `progress`: a change since the earlier report ("has improved", "no
 *   longer", "not yet").
 * - `persistence`: the same state as before ("remains", "still", "continues
 *   to"). It reads as not met, unless a positive word follows in its clause
 *   ("Care leavers continue to receive effective help").
 * - `evaluation`: how things stand now ("effective", "weak", "lacks"); what
 *   holds sometimes and not always ("not always", "not consistently",
 *   "variable", "inconsistent") reads as partly met: some of it was done.
 * - `ignore`: phrases that hold a cue word but are none ("areas for
 *   improvement", "requires improvement to be good", "as well as"); matched
 *   only so that the words inside them are not read.
 *
 * A positive evaluation within NEGATION_WINDOW words after a negator ("not",
 * "no", "never", "cannot", "without") is not read: "not always effective"
 * reads as partly met once, through "not always". Likewise a negative one right
 * after "no longer": "no longer vacant" reads as met once.
 */

export type Reading = 'met' | 'partly-met' | 'not-met' | 'not-assessed';
export type CueKind = 'verdict' | 'progress' | 'persistence' | 'evaluation' | 'ignore';

export interface CueEntry {
  /** The phrase as written in the table (and in the README). */
  phrase: string;
  kind: CueKind;
  /** What it reads as; null for `ignore`. */
  reads: Reading | null;
  /** The forms it matches, as a regular expression source (case-insensitive, whole words). Default: the phrase. */
  forms?: string;
  /** A sentence from a report that holds it. */
  example: string;
}

/**
 * How much a cue counts inside a concession, the clause a writer grants before
 * (or after) the main point: "**Although variable in quality**, most
 * assessments identify the impact…"; "Workers complete viability
 * assessments…, **although the quality and timeliness of these assessments
 * are inconsistent**". The main clause carries the judgement; the concession
 * only tempers it, so its cues count for this share of their weight.
 */
export const CONCESSION_WEIGHT = 0.5;

/**
 * What opens a concession: "although", "though", "even though", "despite",
 * "in spite of" anywhere; "while" and "whilst" only at the start of the
 * sentence ("while in care" is a time, not a concession). It runs to the next
 * comma, semicolon or colon, or to the end of the sentence.
 */
const CONCESSION = /(?:^|(?<=[,;:]\s*))(?:while|whilst)\b|\b(?:although|though|even\s+though|despite|in\s+spite\s+of)\b/giu;

/** How many words after a negator a positive evaluation is read as negated. */
export const NEGATION_WINDOW = 3;

/** Weight of each kind when cues of several sentences are added up. */
export const CUE_WEIGHTS: Record<Exclude<CueKind, 'ignore'>, number> = {
  verdict: 4,
  progress: 2,
  persistence: 2,
  evaluation: 1,
};

const HAS = '(?:has|have|had|was|were|is|are)';

export const CUES: readonly CueEntry[] = [
  // Verdicts: the later report's own word on the recommendation.
  { phrase: 'has been met', kind: 'verdict', reads: 'met', forms: `${HAS}\\s+(?:now\\s+)?(?:been\\s+)?(?:fully\\s+)?met`, example: 'This recommendation has been met.' },
  { phrase: 'partly met', kind: 'verdict', reads: 'partly-met', forms: '(?:partly|partially|largely|mostly|almost|nearly)\\s+(?:been\\s+)?met', example: 'This recommendation has been partly met.' },
  { phrase: 'almost been met', kind: 'verdict', reads: 'partly-met', forms: `${HAS}\\s+almost\\s+been\\s+met`, example: 'This recommendation has almost been met.' },
  { phrase: 'not fully met', kind: 'verdict', reads: 'partly-met', forms: 'not\\s+(?:yet\\s+)?(?:been\\s+)?fully\\s+met', example: 'This recommendation has not been fully met.' },
  { phrase: 'has not been met', kind: 'verdict', reads: 'not-met', forms: `(?:${HAS}\\s+)?not\\s+(?:yet\\s+)?(?:been\\s+)?met`, example: 'This recommendation has not been met.' },
  { phrase: 'outside the scope', kind: 'verdict', reads: 'not-assessed', forms: '(?:outside|beyond|not\\s+within)\\s+the\\s+scope', example: 'Recommendations 9 and 10 were outside the scope of this review.' },
  { phrase: 'not assessed', kind: 'verdict', reads: 'not-assessed', forms: `(?:${HAS}\\s+)?not\\s+(?:been\\s+)?(?:assessed|reviewed|followed\\s+up)`, example: 'Recommendation 4 was not assessed on this visit.' },

  // Progress since the earlier report.
  { phrase: 'has improved', kind: 'progress', reads: 'met', forms: '(?:(?:has|have|had)\\s+(?:\\w+ly\\s+)?)?improved', example: 'Leadership for safeguarding across the health community has improved.' },
  { phrase: 'an improvement', kind: 'progress', reads: 'met', forms: '(?:an\\s+|substantial\\s+|significant\\s+)?improvements?', example: 'This is an improvement from the previous inspection.' },
  { phrase: 'no longer', kind: 'progress', reads: 'met', example: 'Posts that were covered by locums in 2010 are no longer vacant.' },
  { phrase: 'is now', kind: 'progress', reads: 'met', forms: '(?:is|are)\\s+now|now\\s+(?:in\\s+place|has|have)', example: 'Services in these areas are now good.' },
  { phrase: 'has been addressed', kind: 'progress', reads: 'met', forms: `${HAS}\\s+(?:now\\s+)?been\\s+(?:addressed|resolved|rectified|remedied)`, example: 'This concern has now been addressed.' },
  { phrase: 'has been strengthened', kind: 'progress', reads: 'met', forms: `(?:${HAS}\\s+(?:been\\s+)?)?strengthened`, example: 'Early help, EHASH and the care leavers service have been strengthened.' },
  { phrase: 'has been developed', kind: 'progress', reads: 'met', forms: `${HAS}\\s+(?:now\\s+)?been\\s+(?:developed|introduced|established|implemented|agreed|completed|appointed)`, example: 'A comprehensive joint protocol with housing has been developed.' },
  { phrase: 'has reviewed', kind: 'progress', reads: 'met', forms: `(?:has|have)\\s+(?:been\\s+)?reviewed`, example: 'Mid Essex Hospitals has reviewed its approach to the involvement of fathers.' },
  { phrase: 'has increased', kind: 'progress', reads: 'met', forms: `(?:${HAS}\\s+)?increased`, example: 'Recruitment in the last year has increased the number of foster carers available.' },
  { phrase: 'helped reduce', kind: 'progress', reads: 'met', forms: '(?:has\\s+|have\\s+)?(?:helped|helping)\\s+(?:to\\s+)?(?:reduce|lower)|an?\\s+(?:reduction|decrease|fall)\\s+in', example: 'The impact can be seen in having helped reduce the number of young people entering the youth justice system.' },
  { phrase: 'improving', kind: 'progress', reads: 'partly-met', forms: '(?:slowly\\s+)?improving', example: 'Recruitment of foster carers is an improving picture.' },
  { phrase: 'beginning to', kind: 'progress', reads: 'partly-met', forms: '(?:beginning|starting|begun|started)\\s+to', example: 'Recently strengthened oversight and monitoring are starting to show some impact.' },
  { phrase: 'some progress', kind: 'progress', reads: 'partly-met', forms: 'some\\s+(?:good\\s+)?progress', example: 'Some progress has been made in identifying young carers.' },
  { phrase: 'not fully', kind: 'progress', reads: 'partly-met', forms: '(?:not|yet\\s+to\\s+be|still\\s+to\\s+be)\\s+(?:been\\s+)?fully|not\\s+yet\\s+fully', example: 'A number of areas for improvement have not been fully progressed.' },
  { phrase: 'more to do', kind: 'progress', reads: 'partly-met', forms: '(?:more|further)\\s+(?:work\\s+)?to\\s+do|more\\s+progress\\s+is\\s+needed', example: 'There is more work to do to ensure that audits focus on children’s experiences.' },
  { phrase: 'in development', kind: 'progress', reads: 'partly-met', forms: '(?:is|are)\\s+in\\s+development|(?:is|are)\\s+developing', example: 'Proactive collaborative work to improve local placement sufficiency is in development.' },
  { phrase: 'not yet', kind: 'progress', reads: 'not-met', forms: 'not\\s+yet|yet\\s+to', example: 'The integrated IT strategy has not yet been agreed.' },
  { phrase: 'has not improved', kind: 'progress', reads: 'not-met', forms: `(?:${HAS}\\s+)?not\\s+(?:\\w+ly\\s+)?improved`, example: 'Involvement of service users has not improved.' },
  { phrase: 'has not been addressed', kind: 'progress', reads: 'not-met', forms: `(?:${HAS}\\s+)?not\\s+been\\s+(?:addressed|progressed|resolved)`, example: 'This has not been addressed quickly enough.' },
  { phrase: 'deteriorated', kind: 'progress', reads: 'not-met', forms: '(?:deteriorated|declined|stalled|worsened)', example: 'The quality of practice has deteriorated.' },
  { phrase: 'no progress', kind: 'progress', reads: 'not-met', forms: '(?:no|little|insufficient)\\s+progress', example: 'There has been little progress in the recruitment of foster carers.' },

  // The same state as before.
  { phrase: 'remains', kind: 'persistence', reads: 'not-met', forms: 'remains?|remained', example: 'Work in this area remains underdeveloped.' },
  { phrase: 'still', kind: 'persistence', reads: 'not-met', example: 'There is still no system to monitor the quality of assessments.' },
  { phrase: 'continues to', kind: 'persistence', reads: 'not-met', forms: '(?:continues|continue|continued)\\s+to', example: 'Practice continues to vary between the north and the west of the county.' },

  // How things stand now: positive.
  { phrase: 'effective', kind: 'evaluation', reads: 'met', forms: 'effective(?:ly)?', example: 'Practice and oversight of children who go missing is effective.' },
  { phrase: 'good', kind: 'evaluation', reads: 'met', forms: 'good(?:-quality)?', example: 'The majority of young people have good-quality pathway plans.' },
  { phrase: 'strong', kind: 'evaluation', reads: 'met', forms: 'strong|strength|strengths', example: 'Work to safeguard older children from risk and exploitation is a particular strength.' },
  { phrase: 'well', kind: 'evaluation', reads: 'met', forms: 'well(?:-coordinated|-established|-embedded)?', example: 'Performance management is well established and is a priority.' },
  { phrase: 'robust', kind: 'evaluation', reads: 'met', forms: 'robust(?:ly)?', example: 'There is an appropriate and robust response.' },
  { phrase: 'timely', kind: 'evaluation', reads: 'met', example: 'Most CP conferences are timely.' },
  { phrase: 'compliant', kind: 'evaluation', reads: 'met', example: 'All health organisations inspected are compliant with level 3 training.' },
  { phrase: 'benefit from', kind: 'evaluation', reads: 'met', forms: 'benefit(?:s)?\\s+from', example: 'Children benefit from a well-coordinated range of early help services.' },
  { phrase: 'the right help', kind: 'evaluation', reads: 'met', forms: '(?:the\\s+)?right\\s+(?:help|support|level|time|accommodation|services?|decisions?)', example: 'Children and families get the right level of help and protection at the right time.' },
  { phrase: 'without delay', kind: 'evaluation', reads: 'met', forms: '(?:without|no)\\s+(?:undue\\s+|unnecessary\\s+)?(?:delay|drift|waiting)|(?:do|does|did)\\s+not\\s+(?:have|need)\\s+to\\s+wait', example: 'They do not have to wait until the outcome of an assessment before being provided with support.' },
  { phrase: 'suitable', kind: 'evaluation', reads: 'met', forms: 'suitabl[ey]', example: 'The majority of care leavers are living in suitable accommodation that they have chosen.' },
  { phrase: 'successful', kind: 'evaluation', reads: 'met', forms: 'successful(?:ly)?', example: 'This approach has been successful in helping the police to find children.' },

  // How things stand now: negative.
  // Sometimes so, sometimes not: some of it was done.
  { phrase: 'not always', kind: 'evaluation', reads: 'partly-met', forms: 'not\\s+(?:always|consistently|routinely|all|yet\\s+consistently)', example: 'Child protection planning is not always effective.' },
  { phrase: 'not sufficiently', kind: 'evaluation', reads: 'not-met', forms: 'not\\s+(?:sufficiently|robustly|clearly|effectively)', example: 'Detailed risk assessments do not sufficiently inform multi-agency plans.' },
  { phrase: 'weak', kind: 'evaluation', reads: 'not-met', forms: 'weak(?:ness|nesses|er)?', example: 'Practice for children who go missing from home or care is weak.' },
  { phrase: 'poor', kind: 'evaluation', reads: 'not-met', forms: 'poor(?:ly|er)?', example: 'Most children’s assessments and plans are poor.' },
  { phrase: 'insufficient', kind: 'evaluation', reads: 'not-met', forms: 'insufficient(?:ly)?|inadequate|ineffective', example: 'Capacity remains insufficient to provide targeted services.' },
  { phrase: 'lack of', kind: 'evaluation', reads: 'not-met', forms: 'lacks?|lacking|shortage', example: 'Practice lacks rigour and management oversight.' },
  { phrase: 'underdeveloped', kind: 'evaluation', reads: 'not-met', forms: 'under-?developed|under-?resourced|absent|vacant', example: 'Life-story work is underdeveloped and has been absent for too many children in care.' },
  // Good in some places and not in others: partly met.
  { phrase: 'inconsistent', kind: 'evaluation', reads: 'partly-met', forms: 'inconsistent(?:ly)?|inconsistency|variable|variability', example: 'Children’s assessments are of variable quality.' },
  { phrase: 'delay', kind: 'evaluation', reads: 'not-met', forms: 'delays?|delayed|drift', example: 'Some children in care have experienced drift and delay.' },
  { phrase: 'too many', kind: 'evaluation', reads: 'not-met', forms: 'too\\s+(?:many|long|high|slow|few|little|late)', example: 'Some have had too many social workers.' },
  { phrase: 'not', kind: 'evaluation', reads: 'not-met', forms: 'not|cannot|never|no|without|n[’\']t', example: 'Looked after children are not involved.' },

  // Words of a cue that are none.
  { phrase: 'areas for improvement', kind: 'ignore', reads: null, forms: '(?:areas?|priorities)\\s+for\\s+improvement|improvement\\s+(?:plan|board|action\\s+plan|journey)s?|requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|needs?\\s+to\\s+improve', example: 'A number of areas for improvement identified during the last inspection.' },
  { phrase: 'as well as', kind: 'ignore', reads: null, forms: 'as\\s+well\\s+as|well-being|well\\s+being|not\\s+only|no\\s+detriment', example: 'Help with housing, as well as practical advice.' },
];

export interface CueHit {
  phrase: string;
  kind: Exclude<CueKind, 'ignore'>;
  reads: Reading;
  /** The words matched, as written. */
  text: string;
  /** Offset of the match in the sentence. */
  index: number;
  /** The cue is inside a concession ("Although variable in quality, …"): it counts CONCESSION_WEIGHT of its weight. */
  concession?: boolean;
}

interface Compiled {
  entry: CueEntry;
  pattern: RegExp;
}

const COMPILED: readonly Compiled[] = CUES.map((entry) => ({
  entry,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${entry.forms ?? escape(entry.phrase)})(?![\\p{L}\\p{N}]|-[\\p{L}])`, 'giu'),
}));

const NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'without']);

/** Words that end the clause a persistence cue or a negator reaches into. */
const CLAUSE_END = /[,;:]|\b(?:but|although|though|whereas|while)\b/i;

/** The cues of one sentence, in order, overlaps resolved longest first (then by table order). */
export function findCues(sentence: string): CueHit[] {
  const raw: Array<{ entry: CueEntry; order: number; index: number; text: string }> = [];
  COMPILED.forEach(({ entry, pattern }, order) => {
    for (const match of sentence.matchAll(pattern)) raw.push({ entry, order, index: match.index, text: match[0] });
  });
  raw.sort((a, b) => b.text.length - a.text.length || a.order - b.order);
  const taken: Array<[number, number]> = [];
  const kept = raw.filter((hit) => {
    const end = hit.index + hit.text.length;
    if (taken.some(([s, e]) => hit.index < e && end > s)) return false;
    taken.push([hit.index, end]);
    return true;
  });
  kept.sort((a, b) => a.index - b.index);

  const hits: CueHit[] = [];
  const conceded = concessions(sentence);
  for (let i = 0; i < kept.length; i++) {
    const { entry, index, text } = kept[i]!;
    if (entry.kind === 'ignore' || entry.reads === null) continue;
    // "the No Recourse to Public Funds team": a capital inside the sentence makes the word part of a name.
    if (entry.phrase === 'not' && index > 0 && /^\p{Lu}/u.test(text)) continue;
    if (entry.kind === 'evaluation' && entry.reads === 'met' && negated(sentence, kept, i)) continue;
    // "no longer vacant": what is no longer so is the change, read once, through "no longer".
    if (entry.kind === 'evaluation' && entry.reads === 'not-met' && after(sentence, kept, i, 'no longer')) continue;
    let reads = entry.reads;
    if (entry.kind === 'persistence' && positiveFollows(sentence, kept, i)) reads = 'met';
    const concession = conceded.some(([from, to]) => index >= from && index < to);
    hits.push({ phrase: entry.phrase, kind: entry.kind, reads, text, index, ...(concession && { concession }) });
  }
  return hits;
}

/** The spans of a sentence's concessions, as [start, end) offsets. */
export function concessions(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of sentence.matchAll(CONCESSION)) {
    const start = match.index;
    const rest = sentence.slice(start + match[0].length);
    const end = /[,;:]/.exec(rest);
    spans.push([start, end ? start + match[0].length + end.index : sentence.length]);
  }
  return spans;
}

/** A negator (or a negative cue that starts with one) within NEGATION_WINDOW words before, in the same clause. */
function negated(sentence: string, kept: ReadonlyArray<{ entry: CueEntry; index: number; text: string }>, i: number): boolean {
  const hit = kept[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const before = kept[j]!;
    const gap = sentence.slice(before.index + before.text.length, hit.index);
    if (CLAUSE_END.test(gap) || words(gap) > NEGATION_WINDOW) return false;
    const first = before.text.toLowerCase().split(/\s+/)[0]!;
    if (NEGATORS.has(first) || /n[’']t$/.test(first)) return true;
  }
  return false;
}

/** The hit just before, in the same clause and within NEGATION_WINDOW words, is this phrase. */
function after(sentence: string, kept: ReadonlyArray<{ entry: CueEntry; index: number; text: string }>, i: number, phrase: string): boolean {
  const before = kept[i - 1];
  if (!before || before.entry.phrase !== phrase) return false;
  const gap = sentence.slice(before.index + before.text.length, kept[i]!.index);
  return !CLAUSE_END.test(gap) && words(gap) <= NEGATION_WINDOW;
}

/** A positive evaluation after a persistence cue, in its clause: "continue to receive effective help". */
function positiveFollows(sentence: string, kept: ReadonlyArray<{ entry: CueEntry; index: number; text: string }>, i: number): boolean {
  const hit = kept[i]!;
  for (let j = i + 1; j < kept.length; j++) {
    const after = kept[j]!;
    const gap = sentence.slice(hit.index + hit.text.length, after.index);
    if (CLAUSE_END.test(gap)) return false;
    if (after.entry.kind === 'ignore') continue;
    if (after.entry.kind === 'evaluation') return after.entry.reads === 'met' && !negated(sentence, kept, j);
    return false;
  }
  return false;
}

function words(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}
