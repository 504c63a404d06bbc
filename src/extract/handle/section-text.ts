/**
 * What no other handler claims: a grade line opening a section ("Grade 3
 * (adequate)"), else the section's own text, and, in an "organisations
 * involved" section, its lines as organisation names. This handler always
 * claims, so nothing is lost.
 */
import { gradeLine } from '../headings.js';
import { linesOf, textOf } from '../inline.js';
import { keep, type Handler } from '../walk.js';

export const sectionGrade: Handler = {
  name: 'section-grade',
  enter(walk, i) {
    const b = walk.blocks[i]!;
    const section = walk.section;
    if (!section || b.list || section.section.grade !== null || section.section.content.length > 0 || section.findings > 0) return undefined;
    const text = textOf(b.inline);
    // "good." in lower case is the end of a sentence broken by a page, not a grade line.
    const grade = /^[a-z]/.test(text) ? null : gradeLine(text);
    if (!grade) return undefined;
    section.section.grade = grade;
    return i + 1;
  },
};

export const sectionText: Handler = {
  name: 'section-text',
  enter(walk, i) {
    const b = walk.blocks[i]!;
    if (walk.section?.namedKind === 'organisations') {
      walk.section.lines.push(...linesOf(b.inline).map(([from, to]) => textOf(b.inline, from, to)));
    }
    keep(walk, b);
    return i + 1;
  },
};
