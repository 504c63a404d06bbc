/**
 * A small grammar of report-shaped documents for property tests and the
 * fuzz script: a title block, a header in each supported form, numbered
 * sections under headings of every kind, numbered paragraphs with gaps and
 * duplicates, italics that open and close in odd places (also across
 * paragraphs), bracketed insertions, page-break continuations, recommendation
 * groups with assorted timescales, and CRLF, CR, a byte-order mark and
 * unicode punctuation.
 *
 * Each document comes with what a reader of it can see: the findings with
 * their ids, sections, joint-report flags, insertions and paragraph counts;
 * the header fields; the title; the recommendations and their groups. Those
 * expectations follow from how the document was written (the rules stated in
 * src/schema/report.ts), never from running the parser.
 */
import fc from 'fast-check';
import type { JointReport, TimescaleUnit } from '../../src/index.js';

export interface ExpectedFinding {
  id: string;
  section: number;
  /** null where the italics are too odd to promise a flag (a span opened and closed mid-paragraph). */
  jointReport: JointReport | null;
  insertions: string[];
  paragraphs: number;
}

export interface ExpectedRecommendation {
  group: string;
  timescale: { kind: 'within' | 'immediately' | 'by'; amount: number | null; unit: TimescaleUnit | null; date: string | null };
  jointReport: boolean;
}

export interface GeneratedReport {
  /** The document as a file holds it (with its BOM and line endings). */
  text: string;
  title: string | null;
  fields: Array<[label: string, value: string]>;
  findings: ExpectedFinding[];
  recommendations: ExpectedRecommendation[];
  /** Working days of the next-steps action plan, when there is a next-steps section. */
  actionPlanDays: number | null;
}

// ---------------------------------------------------------------------------
// Words. None starts with markdown syntax, none is a timescale ("within",
// "by", "immediately"), a grade or a list marker, and there are no colons, so
// a sentence means only itself wherever a line break falls.

const LOWER = [
  'health', 'services', 'children', 'young', 'people', 'partners', 'safeguarding', 'training', 'staff', 'care',
  'plans', 'assessments', 'capacity', 'leadership', 'progress', 'arrangements', 'the', 'of', 'and', 'in', 'for',
  'across', 'is', 'are', 'good', 'limited', 'improving', 'county', 'team', 'reviews', 'quality', 'nurses',
  'visitors', 'carers', 'children’s', '“hub”', '‘joint’', 'co‑ordinated', '2009–11', '–', '—', 'well‐being', 'e.g.',
  'Mid\u00a0Essex', 'GPs', 'CAMHS', 'PCT’s', 'naïve', 'rôle', 'pre‑inspection',
];
const CAPITAL = ['The', 'Health', 'Partners', 'Staff', 'Most', 'There', 'Commissioners', 'Safeguarding', 'Arrangements', 'Children’s', '“Team', 'Overall', 'Each', 'Ofsted'];
const ENDS = ['.', '.', '.', '.', '!', '?', '…', '.”', '.)'];
const INSERTIONS = ['[However]', '[Previously]', '[Similarly]', '[Young carers]', '[Note: designated nurse capacity is adequate]', '[sic]', '[the PCT]'];
const CITATIONS = ['[1]', '[12]'];

const word = fc.tuple(fc.constantFrom(...LOWER), fc.constantFrom('', '', '', '', ',')).map(([w, comma]) => w + comma);
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max });
/** Words that start in lower case and end in a letter: where a broken sentence stops and starts again. */
const plainWord = fc.constantFrom(...LOWER.filter((w) => /^[a-z].*[a-z]$/.test(w)));
/** Words whose last (or first) one is a plain word. */
const wordsEnding = (min: number, max: number) => fc.tuple(words(min - 1, max - 1), plainWord).map(([ws, w]) => [...ws, w]);
const wordsStarting = (min: number, max: number) => fc.tuple(plainWord, words(min - 1, max - 1)).map(([w, ws]) => [w, ...ws]);

/** A sentence: a capital word, lower-case words, an end mark. */
const sentence = fc
  .tuple(fc.constantFrom(...CAPITAL), words(4, 14), fc.constantFrom(...ENDS))
  .map(([first, rest, end]) => `${first} ${rest.join(' ').replace(/,$/, '')}${end}`);

/**
 * Words joined by spaces or, now and then, a soft line break, as PDF
 * transcriptions wrap (inside an insertion too). Never right after the first
 * word: "17.\nThe" would be an empty list item.
 */
function wrap(text: string, breaks: number[]): string {
  const parts = text.split(' ');
  for (const b of breaks) {
    const at = 2 + (b % Math.max(1, parts.length - 2));
    if (at < parts.length && !parts[at - 1]!.endsWith('\n')) parts[at - 1] += '\n';
  }
  return parts.join(' ').replace(/\n /g, '\n');
}
const breaks = fc.array(fc.nat(), { maxLength: 2 });

/** `arbitrary` in about one case out of `every`, else null. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

// ---------------------------------------------------------------------------
// Findings.

type Italics = 'none' | 'whole' | 'after-number' | 'underscore' | 'partial' | 'word' | 'intraword';
type ContinuedItalics = 'none' | 'per-paragraph' | 'split' | 'odd';

interface FindingSpec {
  /** 1: the next number; 2: a gap; 0: the same number again. */
  step: 0 | 1 | 2;
  trailingDot: boolean;
  lead: string | null;
  sentences: string[];
  /** Insertions or citations between sentences: [index into sentences, text]. */
  inner: Array<[number, string]>;
  italics: Italics;
  /** Which short word gets the italics of 'word' and 'intraword'. */
  wordAt: number;
  /** Page-break continuations: lower-case paragraphs that carry on the sentence. */
  continued: { italics: ContinuedItalics; tail: string[]; paragraphs: string[][] } | null;
  wrap: number[];
}

const findingSpec: fc.Arbitrary<FindingSpec> = fc.record({
  step: fc.constantFrom<0 | 1 | 2>(1, 1, 1, 1, 1, 1, 2, 0),
  trailingDot: fc.boolean(),
  lead: sometimes(fc.constantFrom(...INSERTIONS), 4),
  sentences: fc.array(sentence, { minLength: 1, maxLength: 3 }),
  inner: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INSERTIONS, ...CITATIONS)), { maxLength: 2 }),
  italics: fc.constantFrom<Italics>('none', 'none', 'whole', 'after-number', 'underscore', 'partial', 'word', 'intraword'),
  wordAt: fc.nat(),
  continued: sometimes(
    fc.record({
      italics: fc.constantFrom<ContinuedItalics>('none', 'per-paragraph', 'split', 'odd'),
      tail: wordsEnding(2, 6),
      paragraphs: fc.array(wordsStarting(3, 12), { minLength: 1, maxLength: 2 }),
    }),
    4,
  ),
  wrap: breaks,
});

/**
 * Letters and digits outside brackets: what the joint-report flag weighs.
 * Counted narrowly (letters and digits) and widely (any non-ASCII character
 * too, such as curly quotes); a flag is expected only where both agree.
 */
function letters(text: string, wide = false): number {
  const outside = text.replace(/\[[^\]]*\]/g, '');
  return (outside.match(wide ? /[\p{L}\p{N}]|[^\x00-\xbf]/gu : /[\p{L}\p{N}]/gu) ?? []).length;
}

/** The joint-report flag of a finding whose `italic` text is italic and `plain` text is not (12 letters, 97%). */
function flag(italic: string, plain: string): JointReport | null {
  const [narrow, wide] = [false, true].map((w) => {
    const i = letters(italic, w);
    const total = i + letters(plain, w);
    return i < 12 ? false : i >= total * 0.97 ? true : 'partial';
  });
  return narrow === wide ? narrow! : null;
}

interface Written {
  blocks: string[];
  expected: ExpectedFinding;
}

function writeFinding(spec: FindingSpec, id: string, section: number, bare: boolean): Written {
  const number = bare ? `${id}.` : `${id}${spec.trailingDot ? '.' : ''}`;
  const inner = new Map(spec.inner.map(([at, text]) => [at % spec.sentences.length, text]));
  const pieces: string[] = [];
  if (spec.lead) pieces.push(spec.lead);
  /** Where the first sentence ends in `pieces`. */
  let firstEnd = 0;
  spec.sentences.forEach((s, i) => {
    const extra = inner.get(i);
    pieces.push(s, ...(extra ? [extra] : []));
    if (i === 0) firstEnd = pieces.length;
  });
  const body = pieces.join(' ');
  const insertions = (body.match(/\[[^\]]*\]/g) ?? []).filter((p) => INSERTIONS.includes(p));

  if (spec.continued) return writeContinued(spec, spec.continued, number, body, { id, section, insertions });

  let text: string;
  let joint: JointReport | null;
  switch (spec.italics) {
    case 'none':
      text = `${number} ${body}`;
      joint = false;
      break;
    case 'whole':
      text = `*${number} ${body}*`;
      joint = flag(body, '');
      break;
    case 'after-number':
      text = `${number} *${body}*`;
      joint = flag(body, '');
      break;
    case 'underscore':
      text = `_${number} ${body}_`;
      joint = flag(body, '');
      break;
    case 'partial': {
      // Plain first sentence, the rest italic: an extract quoted after the inspector's own words.
      const plain = pieces.slice(0, firstEnd).join(' ');
      const rest = [...pieces.slice(firstEnd), 'Extract from the joint report follows here.'].join(' ');
      text = `${number} ${plain} *${rest}*`;
      joint = flag(rest, plain);
      break;
    }
    case 'word':
    case 'intraword': {
      // One short italic word (or part of one): emphasis, not an extract.
      const ws = body.split(' ');
      const candidates = ws.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{3,8}$/.test(w));
      if (candidates.length === 0) {
        text = `${number} ${body}`;
        joint = false;
        break;
      }
      const [w, i] = candidates[spec.wordAt % candidates.length]!;
      ws[i] = spec.italics === 'word' ? `*${w}*` : `${w.slice(0, 1)}*${w.slice(1, 3)}*${w.slice(3)}`;
      text = `${number} ${ws.join(' ')}`;
      joint = flag(spec.italics === 'word' ? w : w.slice(1, 3), body);
      break;
    }
  }
  return {
    blocks: [wrap(text, spec.wrap)],
    expected: { id, section, jointReport: joint, insertions, paragraphs: 1 },
  };
}

function writeContinued(
  spec: FindingSpec,
  continued: NonNullable<FindingSpec['continued']>,
  number: string,
  body: string,
  facts: { id: string; section: number; insertions: string[] },
): Written {
  // The first paragraph stops mid-sentence; each later one starts in lower case.
  const head = `${body} ${continued.tail.join(' ').replace(/,$/, '')}`;
  const rest = continued.paragraphs.map((ws, i) => ws.join(' ').replace(/,$/, '') + (i === continued.paragraphs.length - 1 ? '.' : ''));
  const all = [head, ...rest].join(' ');
  let blocks: string[];
  let joint: JointReport | null;
  switch (continued.italics) {
    case 'none':
      blocks = [`${number} ${head}`, ...rest];
      joint = false;
      break;
    case 'per-paragraph':
      blocks = [`*${number} ${head}*`, ...rest.map((p) => `*${p}*`)];
      joint = flag(all, '');
      break;
    case 'split':
      // Opened at the start of the first paragraph, closed at the end of the last.
      blocks = [`*${number} ${head}`, ...rest.slice(0, -1), `${rest.at(-1)}*`];
      joint = flag(all, '');
      break;
    case 'odd': {
      // Opened mid-sentence in the first paragraph, closed mid-sentence in the next.
      const last = rest.at(-1)!.split(' ');
      const cut = Math.max(1, Math.floor(last.length / 2));
      blocks = [`${number} ${body} *${continued.tail.join(' ').replace(/,$/, '')}`, ...rest.slice(0, -1), `${last.slice(0, cut).join(' ')}* ${last.slice(cut).join(' ')}`];
      joint = null;
      break;
    }
  }
  return {
    blocks: blocks.map((b, i) => (i === 0 ? wrap(b, spec.wrap) : b)),
    expected: { ...facts, jointReport: joint, paragraphs: blocks.length },
  };
}

// ---------------------------------------------------------------------------
// Headings, sections and the rest of the document.

type HeadingForm = { kind: 'atx'; depth: number; closed: boolean } | { kind: 'setext'; underline: '=' | '-' } | { kind: 'bold' };

const headingForm: fc.Arbitrary<HeadingForm> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('atx' as const), depth: fc.integer({ min: 1, max: 6 }), closed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('setext' as const), underline: fc.constantFrom<'=' | '-'>('=', '-') }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bold' as const) }) },
);

function heading(form: HeadingForm, text: string): string {
  switch (form.kind) {
    case 'atx':
      return `${'#'.repeat(form.depth)} ${text}${form.closed ? ` ${'#'.repeat(form.depth)}` : ''}`;
    case 'setext':
      return `${text}\n${form.underline.repeat(Math.max(3, text.length))}`;
    case 'bold':
      return `**${text}**`;
  }
}

const TITLES = [
  'General – leadership and management',
  'Outcome 1 Involving users',
  'Outcome 4 Care and welfare of people who use services',
  'Outcome 7 Safeguarding',
  'Staffing numbers',
  'Audit and monitoring',
  'Records',
];

interface SectionSpec {
  heading: HeadingForm;
  title: string;
  /** 1: the next section number; 2: one skipped. */
  step: 1 | 2;
  intro: string | null;
  findings: FindingSpec[];
  note: string | null;
}

const sectionSpec: fc.Arbitrary<SectionSpec> = fc.record({
  heading: headingForm,
  title: fc.constantFrom(...TITLES),
  step: fc.constantFrom<1 | 2>(1, 1, 1, 2),
  intro: sometimes(sentence, 3),
  findings: fc.array(findingSpec, { minLength: 0, maxLength: 5 }),
  note: sometimes(sentence, 3),
});

type TimescaleSpec = ExpectedRecommendation['timescale'] & { text: string };

const TIMESCALES: TimescaleSpec[] = [
  { text: 'Within 3 months', kind: 'within', amount: 3, unit: 'months', date: null },
  { text: 'Within 6 months', kind: 'within', amount: 6, unit: 'months', date: null },
  { text: 'Within six months', kind: 'within', amount: 6, unit: 'months', date: null },
  { text: 'Within 20 working days', kind: 'within', amount: 20, unit: 'working-days', date: null },
  { text: 'Within 4 weeks', kind: 'within', amount: 4, unit: 'weeks', date: null },
  { text: 'Within a year', kind: 'within', amount: 1, unit: 'years', date: null },
  { text: 'Immediately', kind: 'immediately', amount: null, unit: null, date: null },
  { text: 'By 31 March 2011', kind: 'by', amount: null, unit: null, date: '2011-03-31' },
];

type LabelForm = 'bold' | 'bold-note' | 'colon' | 'heading';
const ACTORS = ['Essex PCTs', 'The local authority', 'Mid Essex Hospitals', 'The trust', 'Commissioners'];
const VERBS = ['to ensure', 'to review', 'to provide', 'should improve', 'must strengthen'];

interface GroupSpec {
  timescale: TimescaleSpec;
  label: LabelForm;
  items: Array<{ actor: string; verb: string; words: string[]; italic: boolean; marker: '-' | '*' | '+' | null }>;
}

const groupSpec: fc.Arbitrary<GroupSpec> = fc.record({
  timescale: fc.constantFrom(...TIMESCALES),
  label: fc.constantFrom<LabelForm>('bold', 'bold-note', 'colon', 'heading'),
  items: fc.array(
    fc.record({
      actor: fc.constantFrom(...ACTORS),
      verb: fc.constantFrom(...VERBS),
      words: words(4, 12),
      italic: fc.boolean(),
      marker: fc.constantFrom<'-' | '*' | '+' | null>('-', '-', '*', '+', null),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

function writeGroup(group: GroupSpec): { blocks: string[]; expected: ExpectedRecommendation[] } {
  const { text, ...timescale } = group.timescale;
  const label = {
    bold: `**${text}**`,
    'bold-note': `**${text}** (italics are from joint report)`,
    colon: `${text}:`,
    heading: `### ${text}`,
  }[group.label];
  const items = group.items.map((item) => {
    const body = `${item.actor} ${item.verb} ${item.words.join(' ').replace(/,$/, '')}.`;
    const marked = item.italic ? `*${body}*` : body;
    return { line: item.marker ? `${item.marker} ${marked}` : marked, italic: item.italic && letters(body) >= 12, list: item.marker !== null };
  });
  // Consecutive items of one marker form one list; paragraphs stand apart.
  const blocks = [label];
  items.forEach((item, i) => {
    const previous = group.items[i - 1];
    const sameList = item.list && previous?.marker === group.items[i]!.marker;
    if (sameList) blocks[blocks.length - 1] += `\n${item.line}`;
    else blocks.push(item.line);
  });
  return {
    blocks,
    expected: items.map((item) => ({ group: text, timescale, jointReport: item.italic })),
  };
}

// ---------------------------------------------------------------------------
// Title and header.

const TITLE_LINES = ['Inspection Report', 'Integrated Inspection of Safeguarding and Looked After', 'Children’s Services in Essex –', 'Mid Essex PCT and Mid Essex NHS Trust'];

type TitleForm = { kind: 'heading' } | { kind: 'bold' };

const HEADER: Array<[label: string, value: string, tagged: string]> = [
  ['Date of Inspection', '28 June – 9th July 2010', '28 June – 9<sup>th</sup> July 2010'],
  ['Date of final Report', '23rd August 2010', '23rd August 2010'],
  ['Chief Executive', 'Ms Sheila Bremner', 'Ms Sheila Bremner'],
  ['Organisation Name', 'Mid Essex PCT (plus mid Essex NHS Trust)', 'Mid Essex PCT (plus mid Essex NHS Trust)'],
  ['Organisation Address', 'Swift House, Hedgerows Business park, Chelmsford', 'Swift House, Hedgerows Business park, Chelmsford'],
  ['CQC Inspector name', 'Sue Eardley', 'Sue Eardley'],
];

type HeaderForm = 'tab-bold' | 'tab' | 'colon-hard' | 'colon-soft' | 'table' | 'table-headed';

function writeHeader(form: HeaderForm, pick: number[]): { block: string; fields: Array<[string, string]> } {
  const rows = [...new Set(pick.map((i) => i % HEADER.length))].sort().map((i) => HEADER[i]!);
  const fields = rows.map(([label, value]) => [label, value] as [string, string]);
  switch (form) {
    case 'tab-bold':
      return { block: rows.map(([l, , v]) => `<b>${l}</b>\t<b>${v}</b>`).join('\n'), fields };
    case 'tab':
      return { block: rows.map(([l, , v]) => `${l}\t${v}`).join('\n'), fields };
    case 'colon-hard':
      return { block: rows.map(([l, v]) => `${l}: ${v}`).join('  \n'), fields };
    case 'colon-soft':
      return { block: rows.map(([l, v]) => `${l}: ${v}`).join('\n'), fields };
    case 'table':
      return { block: ['| | |', '|---|---|', ...rows.map(([l, v]) => `| ${l} | ${v} |`)].join('\n'), fields };
    case 'table-headed': {
      const [first, ...rest] = rows;
      return { block: [`| ${first![0]} | ${first![1]} |`, '| --- | --- |', ...rest.map(([l, v]) => `| ${l} | ${v} |`)].join('\n'), fields };
    }
  }
}

// ---------------------------------------------------------------------------
// The document.

interface DocumentSpec {
  title: { form: TitleForm; lines: string[] } | null;
  header: { form: HeaderForm; pick: number[] } | null;
  preamble: string[][];
  numbering: 'dotted' | 'bare';
  sections: SectionSpec[];
  recommendations: { heading: HeadingForm; intro: string | null; groups: GroupSpec[] } | null;
  nextSteps: HeadingForm | null;
  lineEnding: '\n' | '\r\n' | '\r';
  bom: boolean;
}

const documentSpec: fc.Arbitrary<DocumentSpec> = fc.record({
  title: fc.option(
    fc.record({
      form: fc.constantFrom<TitleForm>({ kind: 'heading' }, { kind: 'bold' }),
      lines: fc.subarray(TITLE_LINES, { minLength: 1 }),
    }),
    { freq: 3 },
  ),
  header: fc.option(
    fc.record({
      form: fc.constantFrom<HeaderForm>('tab-bold', 'tab', 'colon-hard', 'colon-soft', 'table', 'table-headed'),
      pick: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    }),
    { freq: 3 },
  ),
  preamble: fc.array(fc.array(sentence, { minLength: 1, maxLength: 3 }), { maxLength: 2 }),
  numbering: fc.constantFrom<'dotted' | 'bare'>('dotted', 'dotted', 'dotted', 'bare'),
  sections: fc.array(sectionSpec, { minLength: 1, maxLength: 4 }),
  recommendations: fc.option(
    fc.record({ heading: headingForm, intro: fc.option(fc.constant('The following recommendations are made.')), groups: fc.array(groupSpec, { minLength: 1, maxLength: 3 }) }),
    { freq: 2 },
  ),
  nextSteps: fc.option(headingForm, { freq: 2 }),
  lineEnding: fc.constantFrom<'\n' | '\r\n' | '\r'>('\n', '\n', '\n', '\r\n', '\r'),
  bom: fc.boolean(),
});

function writeDocument(spec: DocumentSpec): GeneratedReport {
  const blocks: string[] = [];
  let title: string | null = null;
  if (spec.title) {
    const { form, lines } = spec.title;
    blocks.push(form.kind === 'heading' ? lines.map((l) => `# ${l}`).join('\n') : lines.map((l) => `**${l}**`).join('  \n'));
    title = lines.join(' ');
  }
  let fields: Array<[string, string]> = [];
  if (spec.header) {
    const header = writeHeader(spec.header.form, spec.header.pick);
    blocks.push(header.block);
    fields = header.fields;
  }
  for (const sentences of spec.preamble) blocks.push(sentences.join(' '));

  const findings: ExpectedFinding[] = [];
  let sectionNumber = 0;
  let bareNumber = 0;
  for (const section of spec.sections) {
    sectionNumber += section.step;
    blocks.push(heading(section.heading, `${sectionNumber} ${section.title}`));
    if (section.intro) blocks.push(section.intro);
    let m = 0;
    section.findings.forEach((f, i) => {
      let id: string;
      if (spec.numbering === 'bare') {
        // Straight through the document. A repeated number would restart a
        // list inside the open finding, which reads as a list within it.
        bareNumber += Math.max(1, f.step);
        id = String(bareNumber);
      } else {
        m = i === 0 ? Math.max(1, f.step) : m + f.step;
        id = `${sectionNumber}.${m}`;
      }
      const written = writeFinding(f, id, sectionNumber, spec.numbering === 'bare');
      blocks.push(...written.blocks);
      findings.push(written.expected);
    });
    if (section.note) blocks.push(section.note);
  }

  const recommendations: ExpectedRecommendation[] = [];
  if (spec.recommendations) {
    sectionNumber++;
    blocks.push(heading(spec.recommendations.heading, `${sectionNumber} Recommendations`));
    if (spec.recommendations.intro) blocks.push(spec.recommendations.intro);
    for (const group of spec.recommendations.groups) {
      const written = writeGroup(group);
      blocks.push(...written.blocks);
      recommendations.push(...written.expected);
    }
  }
  let actionPlanDays: number | null = null;
  if (spec.nextSteps) {
    sectionNumber++;
    blocks.push(heading(spec.nextSteps, `${sectionNumber} Next steps`));
    blocks.push('An action plan is required within 20 working days of receipt of this report.');
    actionPlanDays = 20;
  }

  const text = `${spec.bom ? '\uFEFF' : ''}${blocks.join('\n\n')}\n`.replace(/\n/g, spec.lineEnding);
  return { text, title, fields, findings, recommendations, actionPlanDays };
}

/** A report-shaped document and what its reader can see in it. */
export const reportDocument: fc.Arbitrary<GeneratedReport> = documentSpec.map(writeDocument);

// ---------------------------------------------------------------------------
// Arbitrary text.

const MARKDOWNISH = [
  '*', '**', '_', '__', '[', ']', '(', ')', '#', '## ', '>', '> ', '- ', '+ ', '1. ', '17. ', '1.1 ', '4.17 ', '\n', '\n\n', ' ', '  ',
  '\t', '|', '| --- |', '<b>', '</b>', '<i>', '<br>', '<!--', '-->', '`', '```', '\\', '\r', '\r\n', '&amp;', '&#65;', '“', '’', '–', '…',
  '\u00a0', '\u200b', '\uFEFF', ':', 'Within 3 months', 'Immediately', 'Grade 4', 'Recommendations', 'Next steps', '---', '===',
  '    ', 'The', 'service', 'is good.', 'and', 'children’s', '[However]', '[1]', 'Date of Inspection', '23rd August 2010', 'é', '😀',
];

/** Strings built from the characters and words that mean something to markdown or to the extractor. */
export const markdownish: fc.Arbitrary<string> = fc.array(fc.constantFrom(...MARKDOWNISH), { maxLength: 80 }).map((parts) => parts.join(''));

/** Any text at all: every code point, and the markdown-ish strings. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  markdownish,
);

/** A report-shaped document with markdown-ish debris dropped into it: no expectations, only the general properties. */
export const damagedReport: fc.Arbitrary<string> = fc
  .tuple(reportDocument, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MARKDOWNISH)), { minLength: 1, maxLength: 8 }))
  .map(([doc, debris]) => {
    let text = doc.text;
    for (const [at, piece] of debris) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });

/**
 * Containers nested past the parser's bound (src/read/nesting.ts): lists by
 * indentation or by markers on one line, blockquotes by `>` on one line or a
 * line per level, and list items and blockquotes alternating on one line; at depths around the bound and far past
 * it, alone or in a report.
 */
export const deeplyNested: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('indented-list', 'ordered-list', 'inline-list', 'inline-quote', 'quote-lines', 'mixed'),
    fc.oneof(fc.integer({ min: 28, max: 40 }), fc.integer({ min: 41, max: 400 })),
    fc.constantFrom('\n', '\r\n'),
    fc.option(reportDocument, { nil: undefined }),
    fc.nat(),
  )
  .map(([shape, depth, eol, doc, at]) => {
    const lines: string[] = [];
    if (shape === 'inline-list') lines.push(`${'- '.repeat(depth)}deep text`);
    else if (shape === 'inline-quote') lines.push(`${'>'.repeat(depth)} deep text`);
    else if (shape === 'mixed') lines.push(`${Array.from({ length: depth }, (_, i) => (i % 2 ? '> ' : '- ')).join('')}deep text`);
    else
      for (let i = 0; i < depth; i++) {
        if (shape === 'indented-list') lines.push(`${'  '.repeat(i)}- item ${i}`);
        else if (shape === 'ordered-list') lines.push(`${'   '.repeat(i)}1. item ${i}`);
        else lines.push(`${'>'.repeat(i + 1)} quote ${i}`);
      }
    const nested = `${lines.join(eol)}${eol}`;
    if (!doc) return nested;
    // Dropped in at a line start of the report.
    const breaks = [...doc.text.matchAll(/\n/g)].map((m) => m.index + 1);
    const i = breaks.length ? breaks[at % breaks.length]! : 0;
    return `${doc.text.slice(0, i)}\n${nested}\n${doc.text.slice(i)}`;
  });
