/**
 * Words that say a timescale ("within 3-6 months", "by the end of the
 * year") which `parseTimescale` cannot read into a due date. Shared by
 * `timescale-unreadable`, which reports them, and
 * `recommendation-without-timescale`, which leaves such items to it.
 */
import { MONTH_NAME } from '../dates/date-text.js';
import { parseTimescale } from '../dates/index.js';

const TOKEN = `[^\\s.;:,]+`;
const TIME_WORD = `(?:days?|wks?|weeks?|mths?|months?|yrs?|years?|fortnights?|quarters?|terms?|timescales?|time-?frames?|time\\s+frames?|periods?)`;
// "within the last two years" is a period that has passed, not a deadline.
const WITHIN = `\\bwithin\\s+(?!the\\s+(?:last|past|previous)\\b)(?:${TOKEN}\\s+){0,3}?${TIME_WORD}\\b`;
const BY = `\\bby\\s+(?:the\\s+end\\s+of\\s+${TOKEN}(?:\\s+${TOKEN})?|${MONTH_NAME}(?:\\s+\\d{4})?|(?:spring|summer|autumn|winter)(?:\\s+\\d{4})?)(?![\\w])`;
const SAID = new RegExp(`${WITHIN}|${BY}`, 'gi');

/** Each phrase in `text` that says a timescale but cannot be read, as written. */
export function unreadableTimescales(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(SAID)) {
    const rest = text.slice(match.index);
    const read = parseTimescale(rest);
    if (!read || !rest.toLowerCase().startsWith(read.text.toLowerCase())) out.push(match[0].replace(/[.,;:]+$/, ''));
  }
  return out;
}
