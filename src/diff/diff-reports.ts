/**
 * Compare two report models. Pure: no I/O, no clock. Only changes to the
 * report count: where the input came from (`source`), where things sit
 * (positions, line numbers) and the parser's diagnostics are never compared.
 */
import type { Finding, Paragraph, Position, Recommendation, Report, Section } from '../schema/report.js';
import { Alignment, type Compare } from './align.js';
import { diffMetadata } from './metadata.js';
import {
  DIFF_VERSION,
  DiffPart,
  type ActionPlanChange,
  type Diff,
  type DiffSummary,
  type FindingChange,
  type FindingEntry,
  type FindingRef,
  type JudgementEntry,
  type ParagraphChange,
  type ParagraphEntry,
  type RecommendationChange,
  type RecommendationEntry,
  type RecommendationRef,
  type SectionChange,
  type SectionEntry,
  type SectionRef,
  type Under,
  type WordChange,
} from './schema.js';
import { DEFAULT_THRESHOLD, similarityAtLeast, wordDiff } from './similarity.js';

export interface DiffOptions {
  /** The similarity (0 < t ≤ 1) needed to pair two different texts (default 0.5). */
  threshold?: number;
  /** The parts to compare (default: all). */
  only?: readonly DiffPart[];
}

/** Compare the old report with the new one. */
export function diffReports(oldReport: Report, newReport: Report, options: DiffOptions = {}): Diff {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  const only = DiffPart.options.filter((part) => !options.only || options.only.includes(part));
  const wants = (part: DiffPart) => only.includes(part);

  const context = new Context(oldReport, newReport, threshold);
  const metadata = wants('metadata') ? diffMetadata(oldReport, newReport) : [];
  const sections = wants('sections') ? context.sectionEntries() : [];
  const paragraphs = wants('sections') ? context.paragraphEntries() : [];
  const judgements = wants('sections') ? context.judgementEntries() : [];
  const findings = wants('findings') ? context.findingEntries() : [];
  const recommendations = wants('recommendations') ? context.recommendationEntries() : [];
  const actionPlan = wants('recommendations') ? context.actionPlanChange() : null;

  const differences =
    metadata.length +
    [sections, paragraphs, judgements, findings, recommendations].reduce((sum, list) => sum + list.filter(entryDiffers).length, 0) +
    (actionPlan ? 1 : 0);

  const summary: DiffSummary = {
    metadata: metadata.length,
    sections: count(sections, ['unchanged', 'renamed', 'renumbered', 'changed', 'added', 'removed']),
    paragraphs: count(paragraphs, ['unchanged', 'changed', 'moved', 'added', 'removed']),
    judgements: count(judgements, ['unchanged', 'changed', 'added', 'removed']),
    findings: count(findings, ['unchanged', 'changed', 'moved', 'added', 'removed']),
    recommendations: {
      ...count(recommendations, ['unchanged', 'reworded', 'new', 'dropped']),
      timescaleChanged: recommendations.filter((r) => r.changes.includes('timescale')).length,
      dueChanged: recommendations.filter((r) => r.changes.includes('due')).length,
    },
    actionPlan: actionPlan !== null,
  };

  return {
    diffVersion: DIFF_VERSION,
    old: { path: oldReport.source.path, sha256: oldReport.source.sha256 },
    new: { path: newReport.source.path, sha256: newReport.source.sha256 },
    threshold,
    only,
    identical: differences === 0,
    differences,
    summary,
    metadata,
    sections,
    paragraphs,
    judgements,
    findings,
    recommendations,
    actionPlan,
  };
}

/** Whether an entry is a difference: its status is not `unchanged`, or something about it changed (a due date). */
export function entryDiffers(entry: { status: string; changes?: readonly string[] }): boolean {
  return entry.status !== 'unchanged' || (entry.changes?.length ?? 0) > 0;
}

function count<S extends string>(entries: ReadonlyArray<{ status: S }>, statuses: readonly S[]): Record<S, number> {
  const out = Object.fromEntries(statuses.map((s) => [s, 0])) as Record<S, number>;
  for (const entry of entries) out[entry.status]++;
  return out;
}

/** The two reports and what every part needs: the section alignment (for `under`) and the text comparer. */
class Context {
  readonly sections: Alignment;
  readonly compare: (a: string, b: string) => number | null;

  constructor(
    readonly oldReport: Report,
    readonly newReport: Report,
    threshold: number,
  ) {
    this.compare = similarityAtLeast(threshold);
    const oldS = oldReport.sections;
    const newS = newReport.sections;
    const titleKey = (s: Section) => s.title.replace(/\s+/g, ' ').trim().toLowerCase();
    this.sections = new Alignment(oldS.length, newS.length)
      .byKey(oldS.map(numberAndTitle), newS.map(numberAndTitle))
      .byKey(oldS.map(titleKey), newS.map(titleKey))
      .byKey(oldS.map(numberKey), newS.map(numberKey));
    function numberAndTitle(s: Section): string | null {
      return s.number === null ? null : `${s.number} ${titleKey(s)}`;
    }
    function numberKey(s: Section): string | null {
      return s.number === null ? null : String(s.number);
    }
  }

  /** The section an old or new item at `position` sits under, seen from the new report where it can be. */
  under(side: 'old' | 'new', position: Position): Under {
    const report = side === 'old' ? this.oldReport : this.newReport;
    const index = sectionIndexAt(report, position);
    if (side === 'old' && index !== null) {
      const mapped = this.sections.oldTo[index];
      if (mapped !== null && mapped !== undefined) return underOf(this.newReport.sections[mapped]!);
    }
    return index === null ? null : underOf(report.sections[index]!);
  }

  underOf(old: { position: Position } | null, next: { position: Position } | null): Under {
    return next ? this.under('new', next.position) : this.under('old', old!.position);
  }

  /** A comparer of two lists of texts, by index. */
  texts(oldTexts: string[], newTexts: string[]): Compare {
    return (i, j) => this.compare(oldTexts[i]!, newTexts[j]!);
  }

  sectionEntries(): SectionEntry[] {
    const oldS = this.oldReport.sections;
    const newS = this.newReport.sections;
    return this.sections.merged().map(({ old: i, new: j }) => {
      const old = i === null ? null : sectionRef(oldS[i]!);
      const next = j === null ? null : sectionRef(newS[j]!);
      const changes: SectionChange[] = [];
      if (old && next) {
        if (old.number !== next.number) changes.push('number');
        if (old.title !== next.title) changes.push('title');
        if (old.outcome?.number !== next.outcome?.number || old.outcome?.title !== next.outcome?.title) changes.push('outcome');
        if (old.grade !== next.grade) changes.push('grade');
      }
      const status = !old
        ? 'added'
        : !next
          ? 'removed'
          : changes.includes('title')
            ? 'renamed'
            : changes.includes('number')
              ? 'renumbered'
              : changes.length > 0
                ? 'changed'
                : 'unchanged';
      return { status, changes, old, new: next };
    });
  }

  paragraphEntries(): ParagraphEntry[] {
    const oldP = paragraphsOf(this.oldReport);
    const newP = paragraphsOf(this.newReport);
    const oldTexts = oldP.map((p) => p.text);
    const newTexts = newP.map((p) => p.text);
    const alignment = new Alignment(oldP.length, newP.length).byKey(oldTexts, newTexts).bySimilarity(this.texts(oldTexts, newTexts));
    const outOfOrder = alignment.outOfOrder();
    return alignment.merged().map(({ old: i, new: j }) => {
      const old = i === null ? null : oldP[i]!;
      const next = j === null ? null : newP[j]!;
      const under = this.underOf(old, next);
      const changes: ParagraphChange[] = [];
      if (old && next) {
        if (outOfOrder.has(i!) || !sameUnder(this.under('old', old.position), under)) changes.push('place');
        if (old.text !== next.text) changes.push('text');
      }
      const status = !old ? 'added' : !next ? 'removed' : changes.includes('place') ? 'moved' : changes.length > 0 ? 'changed' : 'unchanged';
      return {
        status,
        changes,
        under,
        similarity: i === null || j === null ? null : round(alignment.score[i]!),
        old: old && { text: old.text, line: old.position.start.line },
        new: next && { text: next.text, line: next.position.start.line },
        words: textDiff(old?.text, next?.text),
      };
    });
  }

  judgementEntries(): JudgementEntry[] {
    const oldJ = this.oldReport.judgements;
    const newJ = this.newReport.judgements;
    const areaKey = (area: string) => area.replace(/\s+/g, ' ').trim().toLowerCase();
    const alignment = new Alignment(oldJ.length, newJ.length).byKey(
      oldJ.map((j) => areaKey(j.area)),
      newJ.map((j) => areaKey(j.area)),
    );
    return alignment.merged().map(({ old: i, new: j }) => {
      const old = i === null ? null : oldJ[i]!;
      const next = j === null ? null : newJ[j]!;
      const ref = (x: typeof old) => x && { area: x.area, grade: x.grade.value, text: x.grade.text, line: x.position.start.line };
      const same = old && next && old.grade.value === next.grade.value && old.grade.text === next.grade.text && old.area === next.area;
      return { status: !old ? 'added' : !next ? 'removed' : same ? 'unchanged' : 'changed', under: this.underOf(old, next), old: ref(old), new: ref(next) };
    });
  }

  findingEntries(): FindingEntry[] {
    const oldF = this.oldReport.findings;
    const newF = this.newReport.findings;
    const oldTexts = oldF.map((f) => f.text);
    const newTexts = newF.map((f) => f.text);
    const compare = this.texts(oldTexts, newTexts);
    // 1. same id, same text; 2. same text (renumbered); 3. same id, similar
    // text; 4. similar text under another id (renumbered and edited).
    const alignment = new Alignment(oldF.length, newF.length)
      .byKey(
        oldF.map((f) => `${f.id}\n${f.text}`),
        newF.map((f) => `${f.id}\n${f.text}`),
      )
      .byKey(oldTexts, newTexts)
      .byKey(
        oldF.map((f) => f.id),
        newF.map((f) => f.id),
        compare,
      )
      .bySimilarity(compare);
    return alignment.merged().map(({ old: i, new: j }) => {
      const old = i === null ? null : oldF[i]!;
      const next = j === null ? null : newF[j]!;
      const changes: FindingChange[] = [];
      if (old && next) {
        if (old.id !== next.id) changes.push('id');
        if (old.section !== next.section) changes.push('section');
        if (old.text !== next.text) changes.push('text');
        if (old.jointReport !== next.jointReport) changes.push('jointReport');
      }
      const moved = changes.includes('id') || changes.includes('section');
      const status = !old ? 'added' : !next ? 'removed' : moved ? 'moved' : changes.length > 0 ? 'changed' : 'unchanged';
      return {
        status,
        changes,
        under: this.underOf(old, next),
        similarity: i === null || j === null ? null : round(alignment.score[i]!),
        old: old && findingRef(old),
        new: next && findingRef(next),
        words: textDiff(old?.text, next?.text),
      };
    });
  }

  recommendationEntries(): RecommendationEntry[] {
    const oldR = this.oldReport.recommendations;
    const newR = this.newReport.recommendations;
    const oldTexts = oldR.map((r) => r.text);
    const newTexts = newR.map((r) => r.text);
    // Ids of recommendations are their places (R1, R2…), so only the words pair them.
    const alignment = new Alignment(oldR.length, newR.length).byKey(oldTexts, newTexts).bySimilarity(this.texts(oldTexts, newTexts));
    return alignment.merged().map(({ old: i, new: j }) => {
      const old = i === null ? null : recommendationRef(oldR[i]!);
      const next = j === null ? null : recommendationRef(newR[j]!);
      const changes: RecommendationChange[] = [];
      if (old && next) {
        if (old.text !== next.text) changes.push('text');
        if (old.group !== next.group || JSON.stringify(old.timescale) !== JSON.stringify(next.timescale)) changes.push('timescale');
        if (old.due !== next.due) changes.push('due');
        if (old.jointReport !== next.jointReport) changes.push('jointReport');
        if (old.actor !== next.actor) changes.push('actor');
      }
      const status = !old ? 'new' : !next ? 'dropped' : changes.includes('text') ? 'reworded' : 'unchanged';
      return {
        status,
        changes,
        under: this.underOf(i === null ? null : oldR[i]!, j === null ? null : newR[j]!),
        similarity: i === null || j === null ? null : round(alignment.score[i]!),
        old,
        new: next,
        words: textDiff(old?.text, next?.text),
      };
    });
  }

  actionPlanChange(): ActionPlanChange {
    const ref = (report: Report) => {
      const plan = report.nextSteps?.actionPlan;
      return plan ? { workingDays: plan.workingDays, due: plan.due, line: report.nextSteps!.position.start.line } : null;
    };
    const old = ref(this.oldReport);
    const next = ref(this.newReport);
    const changes: Array<'workingDays' | 'due'> = [];
    if (old?.workingDays !== next?.workingDays) changes.push('workingDays');
    if (old?.due !== next?.due) changes.push('due');
    if (changes.length === 0) return null;
    return { changes, under: this.underOf(this.oldReport.nextSteps, this.newReport.nextSteps), old, new: next };
  }
}

function sectionIndexAt(report: Report, position: Position): number | null {
  let found: number | null = null;
  report.sections.forEach((section, index) => {
    if (section.position.start.offset <= position.start.offset) found = index;
  });
  return found;
}

function underOf(section: Section): Under {
  return { number: section.number, title: section.title };
}

function sameUnder(a: Under, b: Under): boolean {
  return a?.number === b?.number && a?.title === b?.title;
}

function sectionRef(section: Section): SectionRef {
  return {
    number: section.number,
    title: section.title,
    kind: section.kind,
    outcome: section.outcome,
    grade: section.grade?.value ?? null,
    line: section.position.start.line,
  };
}

function paragraphsOf(report: Report): Paragraph[] {
  return [...report.preamble, ...report.sections.flatMap((section) => section.content)];
}

function findingRef(finding: Finding): FindingRef {
  return { id: finding.id, section: finding.section, jointReport: finding.jointReport, text: finding.text, line: finding.position.start.line };
}

function recommendationRef(r: Recommendation): RecommendationRef {
  return {
    id: r.id,
    group: r.group,
    timescale: r.timescale,
    due: r.due,
    jointReport: r.jointReport,
    actor: r.actor,
    text: r.text,
    line: r.position.start.line,
  };
}

function textDiff(old: string | undefined, next: string | undefined): WordChange[] | null {
  return old !== undefined && next !== undefined && old !== next ? wordDiff(old, next) : null;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
