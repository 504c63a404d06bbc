/**
 * Bold and italic from a PDF font: its name ("ABCDEE+Tahoma,Bold",
 * "TimesNewRomanPS-ItalicMT", "DejaVuSans-Oblique") and the flags of its
 * font descriptor. Reports mark joint-report extracts in italics and
 * headings in bold, so these two bits carry meaning.
 */
export interface FontStyle {
  bold: boolean;
  italic: boolean;
  /** Whether the name or flags say anything about the style (false for "F1", "T1_0", Type 3 fonts). */
  known: boolean;
}

// Whole style words may sit anywhere in the name ("ArialBoldMT", "Tahoma,Bold");
// abbreviations only after the family, at a separator ("MinionPro-It", "Foo-BdIt").
const BOLD_WORD = /bold|black|heavy|demi|semibd|extrab|ultrab/i;
const ITALIC_WORD = /italic|oblique|slanted|kursiv/i;
const BOLD_ABBR = /[-,_ ](?:bd|b|sb)(?=$|[-,_ ]|i(?:t)?$)/i;
const ITALIC_ABBR = /[-,_ ](?:it|i|obl)(?=$|[-,_ ])|(?:bd|b|bold)(?:it|i)$/i;
/** Family names that say nothing: generated ids ("F1", "T1_0", "TT3", "C0_0"), "Type3". */
const GENERIC = /^(?:[a-z]{1,3}\d+(?:_\d+)*|type ?3|unnamed|untitled)?$/i;

/** Strip the six-letter subset prefix ("ABCDEE+"). */
export function baseFontName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

export function fontStyle(name: string | undefined, flags: { bold?: boolean; italic?: boolean; black?: boolean } = {}): FontStyle {
  const base = baseFontName(name ?? '').trim();
  const family = base.split(/[-,_ ]/)[0] ?? '';
  const styled = base.slice(family.length);
  const bold = BOLD_WORD.test(base) || BOLD_ABBR.test(styled) || Boolean(flags.bold) || Boolean(flags.black);
  const italic = ITALIC_WORD.test(base) || ITALIC_ABBR.test(styled) || Boolean(flags.italic);
  return { bold, italic, known: bold || italic || !GENERIC.test(family) };
}
