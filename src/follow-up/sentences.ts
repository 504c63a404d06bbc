/**
 * A passage cut into sentences, so that the evidence quoted is the sentence
 * that speaks to a recommendation, not the whole paragraph around it.
 */

/** Abbreviations that end in a full stop without ending a sentence. */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|cf|No|Nos|Dr|Mr|Mrs|Ms|St|para|paras|approx)\.$/i;

/**
 * A sentence ends at `.`, `!` or `?` (and any closing quote or bracket) before
 * a space and a capital letter, a digit or an opening quote or bracket.
 */
const BOUNDARY = /[.!?]['’"”)\]]*\s+(?=[\p{Lu}\d‘“"'(])/gu;

/**
 * Sentences that begin with these words speak of the sentence before them
 * ("… was noted at the last inspection. This has not been addressed…"), so
 * the comparison reads the two together.
 */
export const ANAPHORA_OPENERS = /^(?:this|these|that|those|it|they|however|but|despite this|as a result|consequently|as such|in addition|similarly|nevertheless)\b/i;

export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(candidate)) continue;
    push(out, candidate);
    start = match.index + match[0].length;
  }
  push(out, text.slice(start));
  return out;
}

function push(out: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed) out.push(trimmed);
}

/** Whether a sentence leans on the one before it. */
export function leansBack(sentence: string): boolean {
  return ANAPHORA_OPENERS.test(sentence);
}
