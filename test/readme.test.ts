/**
 * The README's examples are real: every `$ npx inspect …` line in a console
 * block is run (through bin/inspect.js) and must print exactly what the
 * README shows, on stdout and stderr together. Blocks cut short with "…"
 * are left out.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Example {
  command: string;
  output: string;
}

function examples(markdown: string): Example[] {
  const out: Example[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    const body = block[1]!;
    if (body.includes('…')) continue;
    for (const part of body.split(/^(?=\$ )/m)) {
      const [first, ...rest] = part.split('\n');
      if (!first?.startsWith('$ npx inspect')) continue;
      out.push({ command: first.slice(2), output: rest.join('\n') });
    }
  }
  return out;
}

describe('README examples', () => {
  const found = examples(readFileSync('README.md', 'utf8'));

  it('has at least three query examples', () => {
    expect(found.filter((e) => e.command.startsWith('npx inspect query')).length).toBeGreaterThanOrEqual(3);
  });

  for (const { command, output } of found) {
    it(`prints what the README shows for: ${command.slice(0, 90)}`, () => {
      const shell = command.replace(/npx inspect/g, 'node bin/inspect.js');
      // Both streams, whatever the exit code: some examples show a warning, or exit 1 by design (validate, diff).
      const actual = spawnSync('/bin/bash', ['-c', `{ ${shell} ; } 2>&1`], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', COLUMNS: '110' },
      }).stdout;
      // CSV ends lines with CRLF (RFC 4180); the README cannot show it.
      expect(actual.replace(/\r\n/g, '\n')).toBe(output);
    });
  }
});
