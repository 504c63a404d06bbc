/**
 * Next steps: what the report asks for after it, and the action plan's
 * deadline when it asks for one "within N working days".
 */
import { addWorkingDays, type Region } from '../dates/index.js';
import type { NextSteps, Paragraph, Section } from '../schema/report.js';
import type { Locator } from '../location.js';

const ACTION_PLAN = /\baction plan\b[^.]*?\bwithin\s+(\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)\s+working\s+days\b/i;
const NUMBER_WORDS: Record<string, number> = {
  five: 5, ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, thirty: 30, forty: 40, sixty: 60,
};

/**
 * From the next-steps section when there is one; otherwise from the first
 * paragraph anywhere that asks for an action plan within N working days
 * (a letter may ask for it in its opening).
 */
export function nextStepsOf(
  section: Section | null,
  paragraphs: Paragraph[],
  context: { base: string | null; region: Region; locate: Locator },
): NextSteps | null {
  const source = section ? section.content : paragraphs.filter((p) => ACTION_PLAN.test(p.text)).slice(0, 1);
  if (source.length === 0) return null;
  const text = source.map((p) => p.text).join('\n\n');
  const match = ACTION_PLAN.exec(text);
  const days = match ? wordNumber(match[1]!) : null;
  const start = section ? section.position.start.offset : source[0]!.position.start.offset;
  const { base, region, locate } = context;
  return {
    text,
    actionPlan: days === null ? null : { workingDays: days, due: base ? addWorkingDays(base, days, region) : null, text: match![0] },
    position: locate.position(start, source.at(-1)!.position.end.offset),
  };
}

function wordNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}
