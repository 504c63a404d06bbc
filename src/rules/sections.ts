/**
 * Where things sit among the sections of a report. Sections carry only the
 * place of their heading, so a section runs from its heading to the next
 * heading that is not below it: a deeper `#` heading or a bold-only heading
 * (depth null) sits below a `#` heading, and a numbered section never sits
 * below another numbered one, whatever its `#` level (the seed writes its
 * sections as `##`, `###` and `####` alike).
 */
import type { Report, Section } from '../schema/report.js';

/** Whether `inner` (a section after `outer`) sits below it. */
export function isBelow(inner: Section, outer: Section): boolean {
  if (inner.number !== null && outer.number !== null) return false;
  if (outer.depth === null) return false;
  return inner.depth === null || inner.depth > outer.depth;
}

/** The index of the section whose heading comes last before `offset`, or -1. */
export function sectionAt(report: Report, offset: number): number {
  let found = -1;
  report.sections.forEach((section, index) => {
    if (section.position.start.offset <= offset) found = index;
  });
  return found;
}

/** The sections that hold the text at `offset`: the nearest heading before it first, then the ones it sits below. */
export function enclosingSections(report: Report, offset: number): Section[] {
  const out: Section[] = [];
  for (let i = sectionAt(report, offset); i >= 0; i--) {
    if (offset < sectionExtent(report, i)[1]) out.push(report.sections[i]!);
  }
  return out;
}

/** [start, end) offsets of section `index` with the sections below it. */
export function sectionExtent(report: Report, index: number): [number, number] {
  const section = report.sections[index]!;
  let next = index + 1;
  while (next < report.sections.length && isBelow(report.sections[next]!, section)) next++;
  const end = report.sections[next]?.position.start.offset ?? Number.POSITIVE_INFINITY;
  return [section.position.start.offset, end];
}
