/**
 * Every non-blank line of every fixture ends up somewhere in the output. The
 * input side is read with mdast-util-to-string, independently of the
 * extractor's own block reader, so a block the extractor skips is caught.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/read/markdown.js';
import { parseReport } from '../src/index.js';
import { markdownFixtures, readFixture } from './helpers/fixtures.js';

const LEAVES = new Set(['paragraph', 'heading', 'tableCell', 'html', 'code']);

function normalise(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/[*_\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of each leaf block, line by line; tab- and colon-separated header parts apart. */
function sourceLines(node: Nodes, out: string[] = []): string[] {
  if (LEAVES.has(node.type)) {
    // mdast-util-to-string drops hard breaks; they separate lines here.
    const text = 'children' in node ? (node.children as Nodes[]).map((child) => (child.type === 'break' ? '\n' : toString(child))).join('') : toString(node);
    for (const line of text.split(/\r?\n|\r/)) {
      for (const part of line.replace(/<[^>]*>/g, '').split(/\t|: /)) {
        // A paragraph number is kept as the finding's id, apart from its text.
        const text = normalise(part.replace(/^\s*\*?\d{1,3}(?:\.\d{1,3})*\.?\s+/, '')).replace(/:$/, '');
        if (text) out.push(text);
      }
    }
    return out;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) sourceLines(child, out);
  return out;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

describe('no text is lost', () => {
  for (const name of markdownFixtures()) {
    it(`keeps every line of ${name}`, () => {
      const text = readFixture(name);
      const report = parseReport(text);
      const haystack = normalise(strings({ ...report, source: null, diagnostics: null }).join('\n'));
      const missing = sourceLines(parseMarkdown(text.replace(/^\uFEFF/, ''))).filter((line) => !haystack.includes(line));
      expect(missing).toEqual([]);
    });
  }
});
