/**
 * Which family a report belongs to, and which authority it inspected, read
 * from its own words: the title and the cover's headings. Never from a file
 * name, which a user may have chosen.
 */
import type { ReportKind } from '../schema/report.js';

/** In order: a focused visit or area SEND report may also name the frameworks below it. */
const KINDS: ReadonlyArray<[ReportKind, RegExp]> = [
  ['focused-visit', /\bfocused visit\b/i],
  ['area-send', /\barea SEND\b|\bSEND inspection\b|\blocal area partnership\b/i],
  ['sif', /\binspection of services for children in need of help and protection\b/i],
  ['cqc-safeguarding', /\bcare quality commission\b|\bintegrated inspection of safeguarding\b|\bPCTs?\b|\bNHS\b/i],
  ['lac', /\binspection of (?:safeguarding and )?looked after children(?:['’]s)? services\b/i],
  ['ilacs', /\binspection of (?:children['’]s social care services|.{1,100}?\bchildren['’]s services)\b/i],
];

/** The family the cover's words name, or 'unknown'. */
export function kindOf(coverText: string): ReportKind {
  for (const [kind, pattern] of KINDS) if (pattern.test(coverText)) return kind;
  return 'unknown';
}

// "Inspection of Bury local authority children's services", "Focused visit to the Royal Borough of Greenwich children's services".
const SERVICES_OF = /^(?:inspection of|focused visit to)\s+(?:the\s+)?(.+?)(?:\s+local authority)?\s+(?:children|young people)['’]s(?:\s+social care)?\s+services\b/i;
// "Area SEND inspection of Dorset Local Area Partnership".
const AREA_OF = /^(?:joint\s+)?(?:local\s+)?area SEND (?:full\s+)?inspection (?:of|in)\s+(?:the\s+)?(.+)$/i;
// A line that is only a council's name, as single inspections and the ILACS of 2018-19 open their covers.
const COUNCIL_NAME =
  /^(?:(?:the\s+)?(?:london|royal|metropolitan)\s+borough\s+of\s+|city\s+of\s+|county\s+of\s+)?[A-Z][\w’'.-]*(?:[\s-]+(?:[A-Z][\w’'.-]*|upon|on|and|of|under|le|in|the))*$/;

/**
 * The authority or partnership a title names: "Inspection of Bury local
 * authority children's services" → "Bury", "Area SEND inspection of Dorset
 * Local Area Partnership" → "Dorset Local Area Partnership", a title that is
 * a council's name → that name. Null when the title names none.
 */
export function organisationOfTitle(title: string): string | null {
  const text = title.replace(/\s+/g, ' ').trim();
  const named = SERVICES_OF.exec(text) ?? AREA_OF.exec(text);
  if (named) return named[1]!.trim();
  return isCouncilName(text) ? text : null;
}

// "… Looked After Children's Services in Essex – Mid Essex PCT …", "Review of health services for Children Looked After and Safeguarding in Haringey".
const AREA_IN = /\b(?:[Ss]ervices|[Ss]afeguarding)\s+in\s+(?:the\s+)?([A-Z][\w’'.-]*(?:[\s-]+(?:[A-Z][\w’'.-]*|upon|on|and|of|under|le|the))*)/;

// The words of a health body's name ("Mid Essex PCT", "North Essex Partnership NHS Foundation Trust"): not a council's.
const HEALTH_BODY = /\b(?:PCTs?|NHS|Trusts?|Foundation|Hospitals?|CCGs?|ICBs?|Health)\b/i;

/**
 * The local area a CQC report of health services names in its title, its
 * authority: the CQC inspected the health bodies of one council's area
 * ("Integrated Inspection of Safeguarding and Looked After Children's
 * Services in Essex – Mid Essex PCT and Mid Essex NHS Trust" → "Essex"). The
 * area ends at a dash or where the organisation's own name begins; null when
 * what is left still reads as a health body's name, rather than a guess.
 */
export function areaOfTitle(title: string, organisation: string | null): string | null {
  const text = title.replace(/\s+/g, ' ').trim();
  let area = AREA_IN.exec(text)?.[1]?.trim();
  if (!area) return null;
  const opening = organisation?.split(/\s+/).slice(0, 2).join(' ');
  const at = opening ? area.toLowerCase().indexOf(` ${opening.toLowerCase()}`) : -1;
  if (at > 0) area = area.slice(0, at);
  area = area.replace(/(?:\s+(?:and|of|on|upon|under|le|the))+$/i, '');
  return area && !HEALTH_BODY.test(area) ? area : null;
}

/** Whether a line is only the name of a council or authority ("Stockton-on-Tees Borough Council", "Warwickshire"), not of a health body. */
export function isCouncilName(line: string): boolean {
  const text = line.trim();
  return text.split(/\s+/).length <= 8 && COUNCIL_NAME.test(text) && !/^(?:inspection|report|contents|review|section)\b/i.test(text) && !HEALTH_BODY.test(text);
}

// Names by which a council is also known, to the key of its legal name.
const ALIASES: Readonly<Record<string, string>> = {
  hull: 'kingston-upon-hull',
  'county-durham': 'durham',
  bcp: 'bournemouth-christchurch-and-poole',
  'bath-and-ne-somerset': 'bath-and-north-east-somerset',
  'st-helens': 'st-helens',
  'city-of-london': 'city-of-london',
  'isles-of-scilly': 'isles-of-scilly',
};

const PREFIX = /^(?:the\s+)?(?:(?:london|royal|metropolitan)\s+borough\s+of|borough\s+of|city\s+and\s+county\s+of|city\s+of|county\s+of)\s+/i;
const SUFFIX =
  /\s+(?:metropolitan\s+(?:district|borough)\s+council|(?:city|county|borough|district|metropolitan)\s+council|council|borough|local\s+authority|local\s+area\s+partnership|partnership|children['’]s\s+services)$/i;

/**
 * A stable key for an authority: lower case, hyphen-joined, without the
 * words that vary between its reports ("Council", "London Borough of", "City
 * of"): "Kingston Upon Hull City Council" and "Hull" are both
 * `kingston-upon-hull`, so two inspections of one council can be matched.
 */
export function authorityKey(name: string): string | null {
  let text = name.replace(/\s+/g, ' ').trim();
  if (/^city of london\b/i.test(text)) return 'city-of-london';
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(PREFIX, '').replace(SUFFIX, '').trim();
  }
  const key = text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!key) return null;
  return ALIASES[key] ?? key;
}
