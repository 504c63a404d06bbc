/**
 * mdast → report model, in one linear walk over the blocks of the document.
 * Each block goes to exactly one owner (title, a header field, a finding, a
 * recommendation, a judgement, or the text of the current section), so no
 * text can be lost: what nothing else claims is kept as section content.
 */
import type { Root } from 'mdast';
import { parseDate, type Region } from '../dates/index.js';
import { compareDiagnostics, diagnostic, NO_REPORT_DATE } from '../diagnostics.js';
import type {
  Diagnostic,
  Grade,
  Judgement,
  Metadata,
  Paragraph,
  Position,
  Section,
  SectionKind,
  Severity,
  Timescale,
} from '../schema/report.js';
import { blocksOf, type Block } from './blocks.js';
import { resolveEmphasis, unclosedOpeners } from './emphasis.js';
import { applyField, fieldOfRow, fieldsOfParagraph, isFieldTable, standardKey } from './fields.js';
import { buildFinding, checkNumbering, numberPrefix, partText, type Part } from './findings.js';
import { gradeLine, isKnownOutcome, kindOfTitle, parseHeading } from './headings.js';
import { isAllBold, linesOf, offsetAt, textOf, type InlineText } from './inline.js';
import { proseInspectionDates, signOffInspector } from './letter.js';
import { createLocator } from './locate.js';
import { nextStepsOf } from './next-steps.js';
import { buildRecommendation, groupLabel, introActorOf, type GroupLabel } from './recommendations.js';

export interface ExtractOptions {
  /** The date the clock starts from (ISO); defaults to the report's final report date. */
  from?: string;
  /** Bank-holiday region for working days. */
  region?: Region;
}

export type Extracted = Omit<import('../schema/report.js').Report, 'schemaVersion' | 'source'>;

interface SectionDraft {
  section: Section;
  /** The kind its words name; null until its content decides (findings or other). */
  namedKind: SectionKind | null;
  findings: number;
  /** Who the section's introduction says must act on the items after it. */
  actor: string | null;
  group: GroupLabel | null;
  /** Whether plain paragraphs are items (true after a group label). */
  itemsAsParagraphs: boolean;
  lines: string[];
}

interface FindingDraft {
  id: string;
  parts: Part[];
  section: SectionDraft | null;
}

interface RecDraft {
  parts: Part[];
  /** A timescale given apart from the text (a table's timescale column). */
  timescale?: Timescale;
  section: SectionDraft;
  group: GroupLabel | null;
  actor: string | null;
}

const ORGANISATION_LINE = /\b(?:council|borough|county|city of|trust|pcts?|nhs|authority|partnership)\b/i;

export function extract(tree: Root, text: string, options: ExtractOptions = {}): Extracted {
  const region = options.region ?? 'england-and-wales';
  const locate = createLocator(text);
  const blocks = blocksOf(tree, text).filter((b) => hasText(b));
  const diagnostics: Diagnostic[] = [];
  const report: Extracted = {
    title: null,
    metadata: { fields: [] },
    preamble: [],
    sections: [],
    findings: [],
    recommendations: [],
    nextSteps: null,
    organisations: [],
    judgements: [],
    diagnostics,
  };
  const at = (b: Block): Position => locate.position(b.inline.start, b.inline.end);
  const warn = (rule: string, severity: Severity, message: string, position: Position) =>
    diagnostics.push(diagnostic(rule, severity, message, position));

  const headingLike = blocks.map(isHeadingLike);
  for (const problem of resolveEmphasis(
    blocks.map((b) => b.inline),
    headingLike,
  )) {
    const t = blocks[problem.block]!.inline;
    const marker = t.raw.slice(problem.marker.at, problem.marker.at + problem.marker.length);
    warn(
      'emphasis-stray',
      'warning',
      `Unmatched \`${marker}\`: no emphasis opens or closes here (removed from the text)`,
      locate.position(offsetAt(t, problem.marker.at), offsetAt(t, problem.marker.at + problem.marker.length)),
    );
  }

  // numberedAhead[i]: a numbered paragraph follows block i before the next heading.
  const numberedAhead = new Array<boolean>(blocks.length).fill(false);
  for (let i = blocks.length - 2, ahead = false; i >= 0; i--) {
    const next = blocks[i + 1]!;
    if (headingLike[i + 1]) ahead = false;
    else if (looksNumbered(next)) ahead = true;
    numberedAhead[i] = ahead;
  }

  blocks.forEach((b, i) => {
    if (headingLike[i]) return;
    for (const at of unclosedOpeners(b.inline)) {
      const marker = b.inline.raw[at]!;
      warn('emphasis-unclosed', 'warning', `Unclosed \`${marker}\`: emphasis opens here and never closes`, locate.position(offsetAt(b.inline, at), offsetAt(b.inline, at + 1)));
    }
  });

  const drafts: SectionDraft[] = [];
  const findingDrafts: FindingDraft[] = [];
  const recDrafts: RecDraft[] = [];
  let section: SectionDraft | null = null;
  let parentKind: SectionKind | null = null;
  let finding: FindingDraft | null = null;
  let rec: RecDraft | null = null;
  const titleParts: string[] = [];
  let lastTitle = -1;
  /** Ordered lists whose items continue a finding rather than start new ones. */
  const subLists = new Set<number>();
  let lastBare = 0;

  const content = (paragraph: Paragraph) => (section ? section.section.content : report.preamble).push(paragraph);
  const keep = (b: Block) => content({ text: blockText(b), position: at(b) });
  const closeItems = () => {
    finding = null;
    rec = null;
  };

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const plain = textOf(b.inline);

    if (headingLike[i]) {
      if (isTitlePart(i, plain)) {
        titleParts.push(linesOf(b.inline).map(([from, to]) => textOf(b.inline, from, to)).join(' '));
        lastTitle = i;
        continue;
      }
      closeTitle();
      const grade = gradeLine(plain);
      if (grade && section && !section.section.grade) {
        section.section.grade = grade;
        continue;
      }
      const label = section?.namedKind === 'recommendations' ? groupLabel(b.inline) : null;
      if (label && section) {
        startGroup(section, label, b);
        continue;
      }
      closeItems();
      section = openSection(b, plain, parentKind);
      drafts.push(section);
      report.sections.push(section.section);
      if (b.type === 'heading') parentKind = section.namedKind;
      continue;
    }
    // A short connector ("and") between two title headings belongs to the title.
    if (lastTitle === i - 1 && blocks[i + 1]?.depth === 1 && /^(?:and|&|incorporating)$/i.test(plain)) {
      titleParts.push(plain);
      lastTitle = i;
      continue;
    }
    closeTitle();

    if (b.type === 'row') {
      i = table(i) - 1;
      continue;
    }

    const inRecs = section?.namedKind === 'recommendations';
    const number = numberOf(b);

    if (inRecs && section) {
      const label = !b.list ? groupLabel(b.inline) : null;
      if (label) {
        closeItems();
        startGroup(section, label, b);
        continue;
      }
      if (number && isIntroduction(i, plain)) {
        startFinding(number.id, b, number.body);
        section.actor = introActorOf(plain) ?? section.actor;
        continue;
      }
      if (b.list || number || section.itemsAsParagraphs) {
        const first = !b.list || (b.list.first && b.list.depth === 1) || !rec;
        if (first) {
          finding = null;
          rec = { parts: [{ block: b, from: number?.body ?? 0 }], section, group: section.group, actor: section.actor };
          recDrafts.push(rec);
        } else rec!.parts.push({ block: b, from: 0 });
        continue;
      }
      closeItems();
      section.actor = introActorOf(plain) ?? section.actor;
      keep(b);
      continue;
    }

    if (number) {
      startFinding(number.id, b, number.body);
      continue;
    }
    if (finding) {
      if (continues(finding, i, plain)) {
        (finding as FindingDraft).parts.push({ block: b, from: 0 });
        continue;
      }
      finding = null;
    }

    if (!b.list) {
      const fields = fieldsOfParagraph(b.inline);
      if (fields) {
        for (const field of fields.fields) addField(field.label, field.value, b.inline, field.from, field.to);
        for (const [from, to] of fields.rest) {
          content({ text: textOf(b.inline, from, to), position: locate.position(offsetAt(b.inline, from), offsetAt(b.inline, to)) });
        }
        continue;
      }
      if (front() && frontMatter(b, plain)) continue;
    }
    if (section && !b.list && section.section.grade === null && section.section.content.length === 0 && section.findings === 0) {
      const grade = gradeLine(plain);
      if (grade) {
        section.section.grade = grade;
        continue;
      }
    }
    if (section?.namedKind === 'organisations') {
      section.lines.push(...linesOf(b.inline).map(([from, to]) => textOf(b.inline, from, to)));
    }
    keep(b);
  }
  closeTitle();

  /**
   * The title block: a top-level heading, or bold lines opening the
   * document, with the headings and bold lines right after it. It is read
   * once, before the first section, and never takes a numbered heading.
   */
  function isTitlePart(i: number, plain: string): boolean {
    const b = blocks[i]!;
    if (report.title !== null || drafts.length > 0 || parseHeading(plain).number !== null) return false;
    if (titleParts.length === 0) return b.depth === 1 || (b.type === 'paragraph' && i === 0);
    return lastTitle === i - 1 && (b.depth === 1 || b.type === 'paragraph');
  }

  function closeTitle(): void {
    if (report.title === null && titleParts.length > 0) report.title = titleParts.join(' ');
  }

  function front(): boolean {
    return drafts.length === 0;
  }

  /** Letter and cover-page matter before the first section: a date, an address block, an organisation line. */
  function frontMatter(b: Block, plain: string): boolean {
    const meta = report.metadata;
    const lines = linesOf(b.inline).map(([from, to]) => textOf(b.inline, from, to));
    if (lines.length === 1 && plain.length <= 40 && meta.finalReportDate === undefined) {
      const date = parseDate(plain);
      if (date) {
        meta.finalReportDate = { date, text: plain };
        return true;
      }
    }
    const short = lines.every((line) => line.length <= 90 && !/[.!?]$/.test(line));
    const orgLine = lines.findIndex((line) => ORGANISATION_LINE.test(line) && line.split(/\s+/).length <= 10);
    if (short && lines.length >= 3 && orgLine >= 0 && meta.addressee === undefined) {
      meta.addressee = lines;
      meta.organisation ??= lines[orgLine];
      if (orgLine < lines.length - 1) meta.address ??= lines.slice(orgLine + 1).join(', ');
      return true;
    }
    if (short && lines.length === 1 && orgLine === 0 && meta.organisation === undefined) {
      meta.organisation = plain;
      return true;
    }
    return false;
  }

  function addField(label: string, value: string, t: InlineText, from: number, to: number): void {
    const position = locate.position(offsetAt(t, from), offsetAt(t, to));
    report.metadata.fields.push({ label, value, position });
    const problem = applyField(report.metadata, label, value);
    if (problem) warn(problem.rule, 'warning', problem.message, position);
  }

  /** Read the table starting at block `start`; returns the index after it. */
  function table(start: number): number {
    const id = blocks[start]!.table!.id;
    let end = start;
    while (end < blocks.length && blocks[end]!.table?.id === id) end++;
    const rows = blocks.slice(start, end);
    const cells = rows.map((row) => row.cells!);
    const noOpenItem = !finding && !rec;
    if (noOpenItem && isFieldTable(cells)) {
      for (const row of rows) {
        const field = fieldOfRow(row.cells!);
        if (field) addField(field.label, field.value, row.inline, 0, row.inline.raw.length);
        else keep(row);
      }
      return end;
    }
    const graded = rows.map((row) => judgementOf(row));
    if (noOpenItem && graded.filter(Boolean).length >= 2) {
      rows.forEach((row, index) => {
        const judgement = graded[index];
        if (judgement) report.judgements.push(judgement);
        else keep(row);
      });
      return end;
    }
    if (section?.namedKind === 'recommendations' && !finding) {
      // A recommendations table: one recommendation per row under its header row.
      const draft = section;
      rows.forEach((row) => {
        if (row.table!.header) return keep(row);
        // A cell that is only a timescale is the row's timescale, not part of its text.
        const labels = row.cells!.map((cell) => groupLabel(cell));
        const timescale = labels.find(Boolean)?.timescale;
        const cells = row.cells!.filter((_, index) => !labels[index]);
        recDrafts.push({
          parts: [{ block: { ...row, cells }, from: 0 }],
          section: draft,
          group: draft.group,
          actor: draft.actor,
          ...(timescale && { timescale }),
        });
      });
      rec = null;
      return end;
    }
    for (const row of rows) {
      if (finding) (finding as FindingDraft).parts.push({ block: row, from: 0 });
      else if (rec) (rec as RecDraft).parts.push({ block: row, from: 0 });
      else keep(row);
    }
    return end;
  }

  function judgementOf(row: Block): Judgement | null {
    const cells = row.cells!.map((cell) => textOf(cell));
    if (cells.length < 2 || !cells[0]) return null;
    const grade: Grade | null = gradeLine(cells.at(-1)!);
    return grade ? { area: cells.slice(0, -1).filter(Boolean).join(' '), grade, position: at(row) } : null;
  }

  function numberOf(b: Block): { id: string; body: number } | null {
    const list = b.list;
    if (list?.ordered && list.first && list.marker !== null) {
      // An ordered list continues the paragraph numbering, unless it is
      // nested, or restarts at or below it, inside an open finding: then it
      // is a numbered list within that finding's text.
      if (finding && (list.depth > 1 || subLists.has(list.listId))) return null;
      if (finding && list.marker === list.listStart && list.marker <= lastBare) {
        subLists.add(list.listId);
        return null;
      }
      return { id: String(list.marker), body: 0 };
    }
    if (list && (!list.first || list.depth > 1)) return null;
    return numberPrefix(b.inline);
  }

  /**
   * Whether an unnumbered block continues the open finding: a list or table
   * right after it, a sentence broken by a page break, or any paragraph that
   * sits between two numbered paragraphs of one section (seed 4.17). Text
   * after a section's last finding that starts a new sentence (a closing
   * note, a publisher's footer) is the section's own.
   */
  function continues(open: FindingDraft, i: number, plain: string): boolean {
    const b = blocks[i]!;
    if (b.list || b.type === 'row') return true;
    if (/^[a-z(]/.test(plain)) return true;
    // A closing note or citation in brackets ("… weakness. [Note: …]", "remain.[12]") does not leave it unfinished.
    const last = partText(open.parts.at(-1)!).replace(/(?:\s*\[[^[\]]*\])+$/, '');
    if (!/[.!?…]['"”’)\]]*$/.test(last)) return true;
    return numberedAhead[i]!;
  }

  /** A numbered paragraph that introduces the items after it rather than being one. */
  function isIntroduction(i: number, plain: string): boolean {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const nextList = next?.list && next.list.listId !== b.list?.listId;
    return /:$/.test(plain) || /\bfollowing\b/i.test(plain) || Boolean(next && (nextList || groupLabel(next.inline)));
  }

  function startFinding(id: string, b: Block, body: number): void {
    rec = null;
    if (!id.includes('.')) lastBare = Math.max(lastBare, Number(id));
    finding = { id, parts: [{ block: b, from: body }], section };
    findingDrafts.push(finding);
    if (section) section.findings++;
  }

  function startGroup(draft: SectionDraft, label: GroupLabel, b: Block): void {
    closeItems();
    draft.group = label;
    draft.itemsAsParagraphs = true;
    draft.section.content.push({ text: blockText(b), position: at(b) });
  }

  function openSection(b: Block, plain: string, parent: SectionKind | null): SectionDraft {
    const parts = parseHeading(plain);
    const bold = b.type === 'paragraph';
    const named = kindOfTitle(parts.title) ?? (parts.outcome ? 'findings' : null) ?? (bold && parts.number === null ? parent : null);
    if (parts.outcome && !isKnownOutcome(parts.outcome.number)) {
      warn('outcome-unknown', 'warning', `Unknown CQC outcome \`${parts.outcome.number}\`: the Essential Standards have outcomes 1 to 28`, at(b));
    }
    return {
      section: {
        number: parts.number,
        title: parts.title,
        kind: named ?? 'other',
        depth: b.type === 'heading' ? b.depth! : null,
        outcome: parts.outcome,
        grade: parts.grade,
        content: [],
        position: at(b),
      },
      namedKind: named,
      findings: 0,
      actor: null,
      group: null,
      itemsAsParagraphs: false,
      lines: [],
    };
  }

  // Sections whose words name no kind are findings sections when they hold findings.
  for (const draft of drafts) {
    if (draft.namedKind === null) draft.section.kind = draft.findings > 0 ? 'findings' : 'other';
    if (draft.namedKind === 'organisations') report.organisations.push(...draft.lines.map(organisationName).filter(Boolean));
  }

  report.findings = findingDrafts.map((draft) => buildFinding(draft.id, draft.parts, draft.section?.section ?? null, locate));
  // A paragraph continuing a finding is worth a look (a page break, or a lost
  // number); a list or table that belongs to it is not.
  for (const draft of findingDrafts) {
    for (const { block } of draft.parts.slice(1)) {
      if (block.list || block.cells) continue;
      warn('paragraph-continuation', 'info', `Paragraph continues finding \`${draft.id}\` across a break`, at(block));
    }
  }
  for (const problem of checkNumbering(
    findingDrafts.map((d) => ({ id: d.id, sectionNumber: d.section?.section.number ?? null })),
  )) {
    warn(problem.rule, 'warning', problem.message, report.findings[problem.index]!.position);
  }

  const meta = report.metadata;
  if (meta.inspector === undefined) {
    const inspector = signOffInspector(blocks);
    if (inspector) meta.inspector = inspector;
  }
  if (meta.inspectionDates === undefined) {
    const dates = proseInspectionDates(report.preamble);
    if (dates) meta.inspectionDates = dates;
  }

  const base = options.from ?? report.metadata.finalReportDate?.date ?? null;
  report.recommendations = recDrafts.map((draft, index) =>
    buildRecommendation(
      { ...draft, id: `R${index + 1}`, heading: draft.section.section.title, group: draft.group },
      { base, region, locate },
    ),
  );
  const nextSection = drafts.find((d) => d.namedKind === 'next-steps')?.section ?? null;
  const everything = [...report.preamble, ...report.sections.flatMap((s) => s.content)];
  report.nextSteps = nextStepsOf(nextSection, everything, { base, region, locate });
  const needsBase =
    report.recommendations.some((r) => r.timescale && r.timescale.kind !== 'ongoing' && r.timescale.kind !== 'by') ||
    report.nextSteps?.actionPlan;
  if (needsBase && base === null) {
    warn('no-report-date', 'warning', NO_REPORT_DATE, locate.position(0, 0));
  }
  if (report.sections.length === 0 && report.findings.length === 0 && report.metadata.fields.length === 0) {
    warn('not-a-report', 'warning', 'No headings, numbered paragraphs or header fields: this does not look like an inspection report', locate.position(0, 0));
  }
  diagnostics.sort(compareDiagnostics);
  report.metadata = inSchemaOrder(report.metadata);
  return report;
}

const METADATA_KEYS = ['inspectionDates', 'finalReportDate', 'chiefExecutive', 'organisation', 'address', 'inspector', 'addressee', 'fields'] as const;

/** Header fields arrive in the report's order; print them in one fixed order whatever the report. */
function inSchemaOrder(metadata: Metadata): Metadata {
  const ordered: Record<string, unknown> = {};
  for (const key of METADATA_KEYS) if (metadata[key] !== undefined) ordered[key] = metadata[key];
  return ordered as Metadata;
}

/** A cheap look for a paragraph number, for looking ahead. */
function looksNumbered(b: Block): boolean {
  if (b.list) return b.list.ordered && b.list.first && b.list.depth === 1;
  return b.type === 'paragraph' && numberPrefix(b.inline) !== null;
}

function hasText(b: Block): boolean {
  return b.cells ? b.cells.some((cell) => textOf(cell).length > 0) : textOf(b.inline).length > 0;
}

/**
 * Headings, and bold-only paragraphs short enough to be one, unless the bold
 * line is a header field ("**Lead inspector: Dawn Godfrey**").
 */
function isHeadingLike(b: Block): boolean {
  if (b.type === 'heading') return true;
  if (b.type !== 'paragraph' || b.list || !isAllBold(b.inline) || textOf(b.inline).length > 200) return false;
  const field = fieldsOfParagraph(b.inline)?.fields[0];
  return !field || standardKey(field.label) === null;
}

function blockText(b: Block): string {
  return partText({ block: b, from: 0 });
}

function organisationName(line: string): string {
  return line.replace(/[\s.,;]+$/, '').trim();
}
