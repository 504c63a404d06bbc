/**
 * Facts that a letter-style report (an Ofsted focused-visit letter) states in
 * prose rather than in a header: who signed it, and when the visit was.
 * Both are read only from the fixed places a letter puts them.
 */
import { parseDateRange } from '../dates/index.js';
import type { DateRange, Paragraph } from '../schema/report.js';
import type { Block } from './blocks.js';
import { linesOf, textOf } from './inline.js';

const SIGN_OFF = /^your?s?\s+(?:sincerely|faithfully|truly)[,.]?$/i;
const INSPECTOR = /\b(?:inspector|HMI)\b/i;

/** The name under "Yours sincerely" when the signer is an inspector ("Her Majesty’s Inspector"). */
export function signOffInspector(blocks: readonly Block[]): string | null {
  // "Your sincerely" is a misprint seen in a published letter.
  const at = blocks.findIndex((b) => SIGN_OFF.test(textOf(b.inline)));
  if (at < 0) return null;
  // The name and the title under it may be one block or two.
  const lines = blocks.slice(at + 1, at + 3).flatMap((b) => linesOf(b.inline).map(([from, to]) => textOf(b.inline, from, to)));
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

const NAMED_INSPECTORS =
  /\b(?:inspectors?(?:\s+for\s+this\s+(?:visit|inspection))?\s+(?:were|was)|(?:visit|inspection)\s+was\s+(?:conducted|carried\s+out|led)\s+by)\s+([^.]+?)\.(?:\s|$)/i;
const TITLE_AFTER_NAME = /,?\s*(?:\b(?:two|three|four)\s+of\s+)?(?:(?:Her|His)\s+Majesty['’]s\s+Inspectors?|HMIs?|Ofsted\s+Inspectors?)\b\.?$/i;

/**
 * The inspectors a letter names in its opening ("Her Majesty’s Inspectors
 * for this visit were Steve Lowe and Tracey Ledder."), in order, or null.
 */
export function proseInspectors(paragraphs: Paragraph[]): string[] | null {
  for (const { text } of paragraphs.slice(0, 6)) {
    const match = NAMED_INSPECTORS.exec(text.replace(/\s+/g, ' '));
    if (!match) continue;
    const names = match[1]!
      .replace(TITLE_AFTER_NAME, '')
      .split(/\s*,\s*|\s+and\s+/)
      .map(inspectorName)
      .filter((name) => /^[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*)+$/.test(name));
    if (names.length > 0) return names;
  }
  return null;
}

/** A name without the title printed after it: "Matt Reed, His Majesty’s Inspector" → "Matt Reed". */
export function inspectorName(text: string): string {
  let name = text.replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(TITLE_AFTER_NAME, '').replace(/,?\s*(?:lead\s+inspector|Ofsted|CQC)$/i, '').trim();
  }
  return name;
}
