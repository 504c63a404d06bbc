/**
 * Order strings by UTF-16 code units. ISO dates and rule ids sort correctly
 * so, and unlike `localeCompare` this does not load ICU's collator, which
 * cost a cold `inspect parse` about 6 ms.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
