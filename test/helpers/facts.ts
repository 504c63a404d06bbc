/** The hand-checked facts of the archive's reports (fixtures/archive/<name>.facts.json), and how the tests compare a report with them. */

export interface Facts {
  file: string;
  kind: string;
  title: string | null;
  organisation: string | null;
  authority: string | null;
  inspectionDates: { text: string; ranges: Array<[string, string]> } | null;
  publicationDate: string | null;
  leadInspector: string | null;
  team: string[];
  judgements: Array<{ area: string; grade: string; words: string; part: 'main' | 'lscb' }>;
  findingIds: string[];
  recommendations: { count: number; byPart: { main: number; lscb: number }; ids: string[]; groups: string[] };
  outcome: string | null;
}

/** "11-109" → "11" … "109"; "2.1" stays itself. */
export function expandRuns(runs: readonly string[]): string[] {
  return runs.flatMap((run) => {
    const m = /^(\d+)-(\d+)$/.exec(run);
    if (!m) return [run];
    return Array.from({ length: Number(m[2]) - Number(m[1]) + 1 }, (_, i) => String(Number(m[1]) + i));
  });
}

export const words = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const contentWords = (text: string) =>
  words(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter((w) => w.length > 3)
    .map((w) => w.replace(/s$/, ''));

/**
 * Whether a parsed area names the area the facts name: the words of the
 * shorter are all in the longer. The overall judgement of a single
 * inspection is printed as a sentence about the council's services, which
 * the facts call "Overall effectiveness".
 */
export function sameArea(parsed: string, fact: string): boolean {
  if (/overall/i.test(fact) && /overall|children['’]s services in\b/i.test(parsed)) return true;
  const [a, b] = [contentWords(parsed), contentWords(fact)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && short.every((w) => long.includes(w));
}
