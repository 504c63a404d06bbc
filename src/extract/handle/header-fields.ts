/**
 * Header fields outside tables: a paragraph whose first line is a
 * `Label: value` or tab-separated pair. Lines after it that are not fields
 * stay text of their own.
 *
 * > | Inspection dates: 28 June – 9th July 2010
 * > | Lead inspector:	Sue Eardley
 *     ^ two fields; the dates and the inspector read into metadata
 */
import { applyField, fieldsOfParagraph, standardKey } from '../fields.js';
import { offsetAt, textOf, type InlineText } from '../inline.js';
import { content, warn, type Handler, type Walk } from '../walk.js';

export const headerFields: Handler = {
  name: 'header-fields',
  enter(walk, i) {
    const b = walk.blocks[i]!;
    if (b.list) return undefined;
    const fields = fieldsOfParagraph(b.inline);
    if (!fields) return undefined;
    for (const field of fields.fields) addField(walk, field.label, field.value, b.inline, field.from, field.to);
    for (const [from, to] of fields.rest) {
      content(walk, { text: textOf(b.inline, from, to), position: walk.locate.position(offsetAt(b.inline, from), offsetAt(b.inline, to)) });
    }
    return i + 1;
  },
};

/**
 * A header field set as a heading, as single inspections print their dates:
 *
 * > | ### Inspection date: 20 May 2014 – 11 June 2014
 * > | ### Report published: 18 July 2014
 *     ^ fields, not sections
 */
export const headingField: Handler = {
  name: 'heading-field',
  enter(walk, i) {
    const b = walk.blocks[i]!;
    if (!walk.headingLike[i]) return undefined;
    const fields = fieldsOfParagraph(b.inline);
    if (!fields || fields.rest.length > 0 || !fields.fields.every((field) => standardKey(field.label) !== null)) return undefined;
    for (const field of fields.fields) addField(walk, field.label, field.value, b.inline, field.from, field.to);
    return i + 1;
  },
};

/** Keep a field as written, and read it into its standard key. */
export function addField(walk: Walk, label: string, value: string, t: InlineText, from: number, to: number): void {
  const position = walk.locate.position(offsetAt(t, from), offsetAt(t, to));
  walk.report.metadata.fields.push({ label, value, position });
  const problem = applyField(walk.report.metadata, label, value);
  if (problem) warn(walk, problem.rule, 'warning', problem.message, position);
}
