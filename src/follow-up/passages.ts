/**
 * The later report as passages to search: its recommendations, its numbered
 * findings and every other paragraph (the text under each heading and before
 * the first), each cut into sentences and kept with its place.
 */
import type { Position, Report } from '../schema/report.js';
import type { Place } from './schema.js';
import { leansBack, sentences } from './sentences.js';
import { contentStems } from './words.js';

export interface Sentence {
  text: string;
  stems: string[];
  /** Leans on the sentence before it ("This has not been addressed…"). */
  leansBack: boolean;
}

export interface Passage {
  /** Unique in the report: the key MiniSearch indexes it under. */
  key: number;
  place: Place;
  text: string;
  sentences: Sentence[];
}

export function passagesOf(report: Report): Passage[] {
  const passages: Passage[] = [];
  const add = (kind: Place['kind'], id: string | null, heading: string | null, text: string, position: Position) => {
    if (!text.trim()) return;
    const place: Place = { kind, id, heading, page: position.start.page ?? null, line: position.start.line };
    passages.push({
      key: passages.length,
      place,
      text,
      sentences: sentences(text).map((s) => ({ text: s, stems: contentStems(s), leansBack: leansBack(s) })),
    });
  };
  for (const r of report.recommendations) add('recommendation', r.id, r.heading, r.text, r.position);
  for (const f of report.findings) add('finding', f.id, f.heading, f.text, f.position);
  for (const p of report.preamble) add('paragraph', null, null, p.text, p.position);
  for (const section of report.sections) {
    for (const p of section.content) add('paragraph', null, section.title, p.text, p.position);
  }
  return passages;
}
