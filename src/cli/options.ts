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
