/**
 * The words a recommendation and a passage are compared on: lower-cased,
 * possessives and hyphens taken apart, English stop words (the `stopword`
 * package's list) and a few words every recommendation uses removed, each
 * word reduced to its Porter stem (`stemmer`), so that "assessments",
 * "assessed" and "assess" meet.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/**
 * Words that say how a recommendation is phrased, not what it is about: every
 * Ofsted area for improvement starts "Ensure that…", "The quality of…", every
 * CQC one "… PCTs to ensure…". Kept out of the comparison so that two
 * recommendations do not look alike for sharing them.
 */
export const PHRASING_WORDS = ['ensure', 'ensuring', 'including', 'include', 'includes', 'need', 'needs', 'also', 'make', 'take', 'whether'] as const;

const STOP = new Set<string>([...eng, ...PHRASING_WORDS]);

/** Letters and digits; anything else (hyphens, slashes, apostrophes) separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The content words of a text, stemmed, in order (repeats kept: BM25 counts them). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  // "children's" → "children": the possessive is not a word of its own.
  const plain = text.toLowerCase().replace(/['’]s\b/g, '');
  for (const match of plain.matchAll(WORD)) {
    const word = match[0];
    if (STOP.has(word) || /^\d+$/.test(word) || word.length < 2) continue;
    out.push(stemmer(word));
  }
  return out;
}

/** The content words of a text as a set. */
export function stemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

/** One word as MiniSearch's term processor sees it: null drops it. */
export function processTerm(term: string): string | null {
  const word = term.toLowerCase().replace(/['’]s$/, '');
  if (STOP.has(word) || /^\d+$/.test(word) || word.length < 2) return null;
  return stemmer(word);
}

/** MiniSearch's tokenizer: the same word boundaries as `contentStems`. */
export function tokenize(text: string): string[] {
  return text.replace(/['’]s\b/g, '').match(WORD) ?? [];
}
