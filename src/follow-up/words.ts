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

/**
 * Abbreviations the reports use for what other reports write out, read as
 * their words: "Most CP conferences are timely" speaks of "child protection
 * conferences". Only those of children's services inspections that stand for
 * the words a recommendation would use.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  cp: 'child protection',
  cin: 'child in need',
  lac: 'looked after children',
  cla: 'children looked after',
  iro: 'independent reviewing officer',
  iros: 'independent reviewing officers',
  icro: 'independent conference review officer',
  icros: 'independent conference review officers',
  plo: 'public law outline',
  mash: 'multi agency safeguarding hub',
  lado: 'local authority designated officer',
  cse: 'child sexual exploitation',
  rhi: 'return home interview',
  rhis: 'return home interviews',
  pa: 'personal adviser',
  pas: 'personal advisers',
  camhs: 'child adolescent mental health services',
  lscb: 'local safeguarding children board',
  neet: 'not in education employment or training',
};

/**
 * Plurals the Porter stemmer leaves apart from their singular ("children"
 * stems to "children", "child" to "child"), read as the singular: "child
 * protection conferences" speaks of children.
 */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  children: 'child',
  childrens: 'child',
  people: 'person',
  women: 'woman',
  men: 'man',
};

/** Letters and digits; anything else (hyphens, slashes, apostrophes) separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The content words of a text, stemmed, in order (repeats kept: BM25 counts them). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  // "children's" → "children": the possessive is not a word of its own.
  const plain = text.toLowerCase().replace(/['’]s\b/g, '');
  for (const match of plain.matchAll(WORD)) {
    for (const word of expand(match[0])) {
      if (STOP.has(word) || /^\d+$/.test(word) || word.length < 2) continue;
      out.push(stemmer(word));
    }
  }
  return out;
}

/** The content words of a text as a set. */
export function stemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

function expand(word: string): string[] {
  const long = ABBREVIATIONS[word];
  return (long ? long.split(' ') : [word]).map((w) => IRREGULAR_PLURALS[w] ?? w);
}

/** One word as MiniSearch's term processor sees it (an abbreviation as its words); null drops it. */
export function processTerm(term: string): string[] | null {
  const words = expand(term.toLowerCase().replace(/['’]s$/, '')).filter((w) => !STOP.has(w) && !/^\d+$/.test(w) && w.length >= 2);
  return words.length > 0 ? words.map((w) => stemmer(w)) : null;
}

/** MiniSearch's tokenizer: the same word boundaries as `contentStems`. */
export function tokenize(text: string): string[] {
  return text.replace(/['’]s\b/g, '').match(WORD) ?? [];
}
