/** Options shared by several commands, declared once. */
import { InvalidArgumentError, Option } from 'commander';

export const REGION_CHOICES = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/** Parse an ISO date argument strictly: a real calendar date, YYYY-MM-DD. */
export function isoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!match || !date || date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) {
    throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

/** A whole number of 1 or more: --jobs, --timeout. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`expected a whole number of 1 or more, got "${value}"`);
  return n;
}

export function regionOption(): Option {
  return new Option('--region <region>', 'bank holidays of this UK region for working days')
    .choices(REGION_CHOICES)
    .default('england-and-wales');
}

export function fromOption(): Option {
  return new Option('--from <date>', 'start the clock on this date (YYYY-MM-DD) instead of the final report date').argParser(isoDate);
}

/** Today's date where the user is (local time), as YYYY-MM-DD: the default of --as-of. */
export function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
}

/** `--since`: a year, a month or a day, as the first day it covers (YYYY-MM-DD). */
export function periodStart(value: string): string {
  return period(value, 'start');
}

/** `--until`: a year, a month or a day, as the last day it covers. */
export function periodEnd(value: string): string {
  return period(value, 'end');
}

function period(value: string, side: 'start' | 'end'): string {
  if (/^\d{4}$/.test(value)) return `${value}-${side === 'start' ? '01-01' : '12-31'}`;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    if (side === 'start') return `${value}-01`;
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return `${value}-${String(last).padStart(2, '0')}`;
  }
  try {
    return isoDate(value);
  } catch {
    throw new InvalidArgumentError(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${value}"`);
  }
}
