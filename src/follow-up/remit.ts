/**
 * What a family of report inspects, so that a follow-up across remits is
 * flagged: an area SEND inspection does not review children's social care,
 * nor a CQC review of health bodies the council's practice, so the earlier
 * report's recommendations come out "not assessed" for want of anything to
 * say, not for want of progress. Within a remit the families follow one
 * another (a 2014 single inspection, then a focused visit, then an ILACS).
 */
import type { ReportKind } from '../schema/report.js';

export type Remit = 'children-social-care' | 'send' | 'health';

const REMITS: Readonly<Record<ReportKind, Remit | null>> = {
  lac: 'children-social-care',
  sif: 'children-social-care',
  ilacs: 'children-social-care',
  'focused-visit': 'children-social-care',
  'area-send': 'send',
  'cqc-safeguarding': 'health',
  unknown: null,
};

export const REMIT_WORDS: Readonly<Record<Remit, string>> = {
  'children-social-care': "children's social care",
  send: 'special educational needs and disabilities',
  health: 'health services',
};

/** The remits of two families when they differ; null when they are one, or either is unknown. */
export function differentRemits(a: ReportKind | undefined, b: ReportKind | undefined): [Remit, Remit] | null {
  const [x, y] = [a ? REMITS[a] : null, b ? REMITS[b] : null];
  return x && y && x !== y ? [x, y] : null;
}
