/**
 * The header-field vocabulary: which labels name the standard fields of a
 * report's header ("Inspection dates", "Lead inspector", "Report
 * published"). The PDF reader asks it (a bold "Inspection dates: …" line
 * is a field, not a heading) and so does the extractor, so it lives apart
 * from both.
 */
export type StandardKey = 'inspectionDates' | 'finalReportDate' | 'chiefExecutive' | 'organisation' | 'address' | 'inspector' | 'team';

const STANDARD: Array<[StandardKey, RegExp]> = [
  ['inspectionDates', /^(?:(?:the\s+)?dates?\s+of\s+(?:the\s+)?(?:inspection|visit|fieldwork|review)|(?:inspection|visit|fieldwork|review)\s+(?:dates?|period))$/i],
  ['finalReportDate', /^(?:date\s+of\s+(?:the\s+)?(?:final\s+)?report|(?:final\s+)?report\s+date|date\s+of\s+publication|publication\s+date|date\s+published|(?:report\s+)?published|date\s+of\s+(?:the\s+)?letter|letter\s+date)$/i],
  ['chiefExecutive', /^(?:(?:name\s+of\s+)?chief\s+executive(?:\s+officer)?(?:'s\s+name|\s+name)?)$/i],
  ['address', /^(?:(?:organi[sz]ation|provider|registered|trust)\s+)?address$/i],
  ['organisation', /^(?:(?:name\s+of\s+)?(?:organi[sz]ation|provider|trust|local\s+authority|council)(?:\s+name)?)$/i],
  ['inspector', /^(?:(?:lead|reporting|managing|cqc|lead\s+cqc)\s+)?inspector(?:'s|s')?(?:\s+name)?$/i],
  ['team', /^(?:deputy\s+lead|team|shadow|supernumerary|associate|additional|seconded)\s+inspectors?$/i],
];

export function standardKey(label: string): StandardKey | null {
  const clean = label.replace(/[:\s]+$/, '').replace(/\s+/g, ' ').trim();
  for (const [key, pattern] of STANDARD) if (pattern.test(clean)) return key;
  return null;
}

