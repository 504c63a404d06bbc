/**
 * mdast → report model: one walk over the flat blocks of the document, in
 * which every block goes to exactly one handler (title, a header field, a
 * finding, a recommendation, a judgement, or the text of the current
 * section), so no text can be lost: what nothing else claims is kept as
 * section content. The handlers live in ./handle/, one construct a file;
 * this module only wires them.
 */
import type { Root } from 'mdast';
import { blocksOf, type Block } from './blocks.js';
import { fieldsOfParagraph, standardKey } from './fields.js';
import { FINISH } from './finish.js';
import { checkEmphasis } from './handle/emphasis-checks.js';
import { findingContinuation, looksNumbered, numberedFinding } from './handle/finding.js';
import { frontMatter } from './handle/front-matter.js';
import { coverSentence, gridLines } from './handle/grid.js';
import { groupHeading, headingGrade, sectionHeading } from './handle/heading.js';
import { headerFields, headingField } from './handle/header-fields.js';
import { recommendationItems } from './handle/recommendation-items.js';
import { sectionGrade, sectionText } from './handle/section-text.js';
import { table } from './handle/table.js';
import { closeTitle, titleConnector, titleHeading } from './handle/title.js';
import { isAllBold, textOf } from './inline.js';
import { createLocator } from '../location.js';
import type { ExtractOptions, Extracted, Handler, Walk } from './walk.js';

export type { ExtractOptions, Extracted } from './walk.js';

/** Tried first on every block: the title takes what it can before anything else is read. */
const TITLE: readonly Handler[] = [titleHeading, titleConnector];
/** Then, for a heading-like block, the first of these that claims it. */
const HEADING: readonly Handler[] = [gridLines, headingField, headingGrade, groupHeading, sectionHeading];
/** And for any other block; `sectionText` claims whatever is left. */
const BLOCK: readonly Handler[] = [gridLines, table, coverSentence, recommendationItems, numberedFinding, findingContinuation, headerFields, frontMatter, sectionGrade, sectionText];

export function extract(tree: Root, text: string, options: ExtractOptions = {}): Extracted {
  const walk = createWalk(tree, text, options);
  checkEmphasis(walk);
  for (let i = 0; i < walk.blocks.length; ) i = step(walk, i);
  closeTitle(walk);
  for (const finish of FINISH) finish(walk);
  return walk.report;
}

function step(walk: Walk, i: number): number {
  const title = claim(TITLE, walk, i);
  if (title !== undefined) return title;
  closeTitle(walk);
  const next = claim(walk.headingLike[i] ? HEADING : BLOCK, walk, i);
  // sectionHeading and sectionText claim every block they are offered.
  return next ?? i + 1;
}

function claim(handlers: readonly Handler[], walk: Walk, i: number): number | undefined {
  for (const handler of handlers) {
    const next = handler.enter(walk, i);
    if (next !== undefined) return next;
  }
  return undefined;
}

function createWalk(tree: Root, text: string, options: ExtractOptions): Walk {
  const blocks = blocksOf(tree, text).filter(hasText);
  const headingLike = blocks.map(isHeadingLike);
  const numberedAhead = new Array<boolean>(blocks.length).fill(false);
  for (let i = blocks.length - 2, ahead = false; i >= 0; i--) {
    if (headingLike[i + 1]) ahead = false;
    else if (looksNumbered(blocks[i + 1]!)) ahead = true;
    numberedAhead[i] = ahead;
  }
  return {
    blocks,
    headingLike,
    numberedAhead,
    locate: createLocator(text),
    region: options.region ?? 'england-and-wales',
    from: options.from,
    report: {
      title: null,
      metadata: { kind: 'unknown', fields: [] },
      preamble: [],
      sections: [],
      findings: [],
      recommendations: [],
      nextSteps: null,
      organisations: [],
      judgements: [],
      diagnostics: [],
    },
    part: 'main',
    section: null,
    parentKind: null,
    finding: null,
    rec: null,
    sections: [],
    findings: [],
    recs: [],
    gridEnd: -1,
    coverOrganisation: null,
    coverLine: null,
    letterDate: null,
    titleParts: [],
    lastTitle: -1,
    subLists: new Set(),
    lastBare: 0,
  };
}

function hasText(b: Block): boolean {
  return b.cells ? b.cells.some((cell) => textOf(cell).length > 0) : textOf(b.inline).length > 0;
}

/**
 * The name of a section standing alone on its line is its heading, even
 * where the PDF's font does not say bold.
 */
const SECTION_NAME = /^(?:recommendations|next steps|what needs to improve\??|areas for (?:improvement|priority action))$/i;

/**
 * Headings, and bold-only paragraphs short enough to be one, unless the bold
 * line is a header field ("**Lead inspector: Dawn Godfrey**").
 */
function isHeadingLike(b: Block): boolean {
  if (b.type === 'heading') return true;
  if (b.type === 'paragraph' && !b.list && SECTION_NAME.test(textOf(b.inline))) return true;
  if (b.type !== 'paragraph' || b.list || !isAllBold(b.inline) || textOf(b.inline).length > 200) return false;
  const field = fieldsOfParagraph(b.inline)?.fields[0];
  return !field || standardKey(field.label) === null;
}
