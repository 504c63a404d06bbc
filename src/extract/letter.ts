/**
 * Facts that a letter-style report (an Ofsted focused-visit letter) states in
 * prose rather than in a header: who signed it, and when the visit was.
 * Both are read only from the fixed places a letter puts them.
 */
import { parseDateRange } from '../dates/index.js';
import type { DateRange, Paragraph } from '../schema/report.js';
import type { Block } from './blocks.js';
import { linesOf, textOf } from './inline.js';

const SIGN_OFF = /^yours\s+(?:sincerely|faithfully|truly)[,.]?$/i;
const INSPECTOR = /\b(?:inspector|HMI)\b/i;

/** The name under "Yours sincerely" when the signer is an inspector ("Her Majesty’s Inspector"). */
export function signOffInspector(blocks: readonly Block[]): string | null {
  const at = blocks.findIndex((b) => SIGN_OFF.test(textOf(b.inline)));
  const signature = at >= 0 ? blocks[at + 1] : undefined;
  if (!signature) return null;
  const lines = linesOf(signature.inline).map(([from, to]) => textOf(signature.inline, from, to));
  const name = lines[0];
  return name && lines.length <= 4 && lines.some((line) => INSPECTOR.test(line)) ? name : null;
}

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const VISIT_DATES = new RegExp(
  String.raw`\b(?:visit|inspection|inspected|review|fieldwork)\b[^.]{0,120}?\b(?:on|between|from)\s+(${DAY}(?:\s+${MONTH})?(?:\s+\d{4})?\s*(?:and|to|until|–|—|-)\s*${DAY}\s+${MONTH}\s+\d{4}|${DAY}\s+${MONTH}\s+\d{4})`,
  'i',
);

/** "… a focused visit … on 31 July and 1 August 2019." in the opening paragraphs. */
export function proseInspectionDates(paragraphs: Paragraph[]): DateRange | null {
  for (const { text } of paragraphs.slice(0, 6)) {
    const match = VISIT_DATES.exec(text);
    const range = match && parseDateRange(match[1]!);
    if (match && range?.start) return { start: range.start, end: range.end, text: match[1]! };
  }
  return null;
}
