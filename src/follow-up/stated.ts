/**
 * Where the later report itself states progress against the earlier one.
 * CQC follow-up reviews take the recommendations one by one ("Recommendation
 * 6 asked for … This recommendation has not been met"); Ofsted inspections
 * and visits say it of the areas for improvement ("The need to improve … was
 * noted at the last inspection. This has not been addressed quickly
 * enough"). Such a sentence holds an anchor, a phrase that points back at the
 * earlier report, and a cue.
 */

/** Phrases that point back at the earlier report or its recommendations. */
export const ANCHORS: readonly { phrase: string; pattern: RegExp }[] = [
  {
    phrase: 'the last inspection',
    pattern: /\b(?:the|our|its|their)\s+(?:last|previous|earlier|prior|most\s+recent)\s+(?:ofsted\s+|CQC\s+|full\s+|single\s+)?(?:inspection|inspections|visit|focused\s+visit|monitoring\s+visit|report|review)\b/i,
  },
  { phrase: 'this recommendation', pattern: /\b(?:this|that|these|those|each|the)\s+recommendations?\b(?!\s+(?:below|that follow|of this))/i },
  { phrase: 'recommendation 6', pattern: /\brecommendations?\s+\d+/i },
  { phrase: 'areas for improvement identified', pattern: /\bareas?\s+(?:for|of)\s+improvement\s+(?:that\s+were\s+|which\s+were\s+)?(?:identified|noted|raised|set\s+out|found)\b/i },
];

/** "Recommendation 6", "Recommendations 9 and 10", "recommendations 2, 3 and 5": the numbers named. */
const NUMBERED = /\brecommendations?\s+(\d+(?:\s*(?:,|and|&|to|-|–)\s*\d+)*)/gi;

export function anchorIn(sentence: string): string | null {
  for (const anchor of ANCHORS) {
    const match = anchor.pattern.exec(sentence);
    if (match) return match[0];
  }
  return null;
}

/** The recommendation numbers a text names ("9 and 10" → [9, 10]; "2 to 4" → [2, 3, 4]). */
export function numbersNamed(text: string): number[] {
  const out = new Set<number>();
  for (const match of text.matchAll(NUMBERED)) {
    const list = match[1]!;
    const range = /^(\d+)\s*(?:to|-|–)\s*(\d+)$/.exec(list.trim());
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      for (let n = from; n <= to && n - from < 50; n++) out.add(n);
      continue;
    }
    for (const n of list.match(/\d+/g) ?? []) out.add(Number(n));
  }
  return [...out];
}
