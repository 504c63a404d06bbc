/**
 * Letter and cover-page matter before the first section: a date on its own
 * line, an address block, an organisation line.
 *
 * > | 23 August 2019
 * > | Ms Jane Doe, Director of Children's Services
 * > | Bury Council
 * > | Town Hall, Bury
 *     ^ the letter's date, then its addressee (with organisation and address)
 */
import { parseDate } from '../../dates/index.js';
import { linesOf, textOf } from '../inline.js';
import { positionOf, type Handler } from '../walk.js';

const ORGANISATION_LINE = /\b(?:council|borough|county|city of|trust|pcts?|nhs|authority|partnership)\b/i;

export const frontMatter: Handler = {
  name: 'front-matter',
  enter(walk, i) {
    const b = walk.blocks[i]!;
    if (b.list || walk.sections.length > 0) return undefined;
    const meta = walk.report.metadata;
    const plain = textOf(b.inline);
    const lines = linesOf(b.inline).map(([from, to]) => textOf(b.inline, from, to));
    if (lines.length === 1 && plain.length <= 40 && meta.finalReportDate === undefined) {
      const date = parseDate(plain);
      if (date) {
        meta.finalReportDate = { date, text: plain };
        walk.letterDate = meta.finalReportDate;
        return i + 1;
      }
    }
    const short = lines.every((line) => line.length <= 90 && !/[.!?]$/.test(line));
    const orgLine = lines.findIndex((line) => ORGANISATION_LINE.test(line) && line.split(/\s+/).length <= 10);
    if (short && lines.length >= 3 && orgLine >= 0 && meta.addressee === undefined) {
      meta.addressee = lines;
      walk.coverOrganisation ??= lines[orgLine]!;
      if (orgLine < lines.length - 1) meta.address ??= lines.slice(orgLine + 1).join(', ');
      return i + 1;
    }
    if (short && lines.length === 1 && orgLine === 0 && walk.coverOrganisation === null) {
      walk.coverOrganisation = plain;
      walk.coverLine = { text: plain, position: positionOf(walk, b) };
      return i + 1;
    }
    return undefined;
  },
};
