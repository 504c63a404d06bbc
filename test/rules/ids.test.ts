/** Every rule id the parser or a reader emits is documented, and validate's ids are its rules. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_DOCS, VALIDATE_RULE_IDS } from '../../src/rules/ids.js';
import { allRules, documentedRules } from '../../src/rules/index.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : [],
  );
}

describe('rule ids', () => {
  it('names every parser id that is also a validate rule after a registered rule', () => {
    const registered = new Set(allRules.map((r) => r.id));
    expect(VALIDATE_RULE_IDS.filter((id) => !registered.has(id))).toEqual([]);
  });

  it('documents every id the readers and the extractor emit', () => {
    const emitted = new Set(
      [...sources('src/read'), ...sources('src/extract')].flatMap((text) =>
        [...text.matchAll(/(?:warn\(\s*(?:walk,\s*)?|rule:\s*)'([a-z]+(?:-[a-z]+)+)'/g)].map((m) => m[1]!),
      ),
    );
    const documented = new Set(documentedRules.map((r) => r.id));
    expect([...emitted].filter((id) => !documented.has(id)).sort()).toEqual([]);
    expect(emitted.size).toBeGreaterThan(10);
  });

  it('describes each documented id in a sentence', () => {
    for (const [id, doc] of Object.entries(RULE_DOCS)) expect([id, doc.description.length > 20]).toEqual([id, true]);
  });
});
