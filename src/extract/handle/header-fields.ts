/**
 * Header fields outside tables: a paragraph whose first line is a
 * `Label: value` or tab-separated pair. Lines after it that are not fields
 * stay text of their own.
 *
 * > | Inspection dates: 28 June – 9th July 2010
 * > | Lead inspector:	Sue Eardley
 *     ^ two fields; the dates and the inspector read into metadata
 */
import { applyField, fieldsOfParagraph } from '../fields.js';
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

/** Keep a field as written, and read it into its standard key. */
export function addField(walk: Walk, label: string, value: string, t: InlineText, from: number, to: number): void {
  const position = walk.locate.position(offsetAt(t, from), offsetAt(t, to));
  walk.report.metadata.fields.push({ label, value, position });
  const problem = applyField(walk.report.metadata, label, value);
  if (problem) warn(walk, problem.rule, 'warning', problem.message, position);
}
