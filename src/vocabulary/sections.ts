/**
 * The section-kind vocabulary: which words in a heading name a kind of
 * section ("Recommendations", "What needs to improve?", "Information about
 * this inspection"). The extractor files sections by it, and the reader of
 * text copied out of a PDF asks it where a heading opens a list of
 * recommendations, so it lives apart from both.
 */
import type { SectionKind } from '../schema/report.js';

const KINDS: Array<[SectionKind, RegExp]> = [
  ['next-steps', /\bnext steps\b/i],
  // A follow-up's account of the earlier recommendations ("Progress against the recommendations of August 2010")
  // holds findings about them, not recommendations: its "Recommendation 1 asked …" paragraphs are not asks.
  ['findings', /\bprogress (?:against|on|with|towards|in (?:implementing|meeting|addressing))\b.*\b(?:recommendations?|areas? for (?:improvement|development)|priority actions?)\b/i],
  ['recommendations', /\brecommendations?\b|\bareas? (?:for|of) (?:improvement|development|priority action)|\bwhat (?:needs|does .+ need|do .+ need) to improve|\bactions? (?:required|needed)|\bpriority actions?\b|\bimprovement actions?\b/i],
  ['organisations', /\b(?:other )?organi[sz]ations? (?:involved|inspected)|\bother organi[sz]ations\b/i],
  ['contents', /^(?:table of )?contents$/i],
  ['context', /\bcontext\b|\bservice information\b|\binformation about (?:this|the) .*\barea\b|\bbackground\b/i],
  ['preamble', /\binspection team\b|\b(?:inspection|review) process\b|\babout (?:this|the) (?:inspection|review|visit)\b|\binformation about (?:this|the) (?:inspection|review|visit)\b|\bintroduction\b|\bmethodology\b|\bjudgements? and what they mean\b|\bwhat the inspection judge?ments mean\b/i],
  ['findings', /\bfindings\b|\bjudge?ments? about\b/i],
];

/** The kind a heading's words name, or null when they name none. */
export function kindOfTitle(title: string): SectionKind | null {
  // A footnote mark glued to the last word by PDF transcription ("area2") hides the word.
  const words = title.replace(/(?<=[a-z])\d{1,2}$/, '');
  for (const [kind, pattern] of KINDS) if (pattern.test(words)) return kind;
  return null;
}
