/**
 * Which authority (or trust) a report is about, as far as the report says, so
 * that a follow-up of two different authorities' reports is flagged: their
 * recommendations share the words of the trade, and statuses read across them
 * mean nothing. `metadata.authority` where the parser gives it, else the
 * place named in the title ("Inspection of Bury local authority children's
 * services") or the organisation ("Kingston Upon Hull City Council").
 */
import type { Report } from '../schema/report.js';

/** Words of a name that do not tell one authority from another. */
const GENERIC = new Set(
  'the of and upon on in city county borough london metropolitan council royal district local authority authorities children childrens services service inspection inspections focused visit to pct nhs trust foundation plus primary care report integrated safeguarding looked after review follow up progress against recommendations social care help protection leavers for'.split(' '),
);

/** The authority's name as the report gives it, or null. */
export function authorityOf(report: Report): string | null {
  const meta = report.metadata;
  // The parser reads the authority inspected from the title, the cover or a header field.
  if (meta.organisation) return meta.organisation;
  const fromTitle = /(?:inspection of|visit to)\s+(.+?)\s+local authority/i.exec(report.title ?? '')?.[1];
  // Older reports' titles are the authority's name ("London Borough of Haringey").
  return fromTitle ?? report.title ?? null;
}

/** The words of a name that tell one authority from another ("Kingston Upon Hull City Council" → kingston, hull). */
export function distinctiveWords(name: string): Set<string> {
  return new Set((name.toLowerCase().replace(/['’]s\b/g, '').match(/\p{L}+/gu) ?? []).filter((w) => !GENERIC.has(w)));
}

/**
 * The words that name a report's authority, from its name and its key
 * ("kingston-upon-hull"): every paragraph of both reports may hold them, so
 * they say nothing of what a recommendation is about ("Review Haringey's CSE
 * guidance" is about the guidance).
 */
export function authorityWords(report: Report): Set<string> {
  const names = [authorityOf(report), report.metadata.authority?.replace(/-/g, ' ')].filter((n): n is string => Boolean(n));
  return new Set(names.flatMap((n) => [...distinctiveWords(n)]));
}

/** False when both reports name their authority and the names share no distinctive word; null when either is unknown. */
export function sameAuthority(a: string | null, b: string | null): boolean | null {
  if (!a || !b) return null;
  const [x, y] = [distinctiveWords(a), distinctiveWords(b)];
  if (x.size === 0 || y.size === 0) return null;
  return [...x].some((w) => y.has(w));
}
