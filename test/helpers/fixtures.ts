import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'fixtures';

/** Every fixture folder with a markdown input, e.g. "essex-2010-cqc-safeguarding-lac", "variants/crlf". */
export function markdownFixtures(dir = FIXTURES, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory()) continue;
    if (readdirSync(path).includes('input.md')) out.push(prefix + name);
    out.push(...markdownFixtures(path, `${prefix}${name}/`));
  }
  return out;
}

export function fixturePath(name: string, file = 'input.md'): string {
  return join(FIXTURES, name, file);
}

export function readFixture(name: string, file = 'input.md'): string {
  return readFileSync(fixturePath(name, file), 'utf8');
}
