/**
 * "No text lost": every non-blank line of the input ends up somewhere in the
 * report. The input side is read with mdast-util-to-string, independently of
 * the extractor's own block reader, so a block the extractor skips is caught.
 * Shared by the fixture test and the property tests.
 */
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { loadTables, parseMarkdown } from '../../src/read/markdown.js';
import type { Report } from '../../src/index.js';

await loadTables();

const LEAVES = new Set(['paragraph', 'heading', 'tableCell', 'html', 'code']);

/** Text as compared: no emphasis marks or escapes, control characters as spaces, whitespace collapsed. */
export function normalise(text: string): string {
  return text
    .replace(/[*_\\]/g, '')
    .replace(/[\s\u0000-\u001f\u007f]+/g, ' ')
    .trim();
}

/** Spacing aside: where a tag or a line break becomes a space is not text lost or kept. */
function compact(text: string): string {
  return text.replace(/ /g, '');
}

/**
 * The text of a leaf block. Hard breaks and <br> end lines; other inline tags
 * are markup and say nothing; the tags in an HTML block are dropped.
 */
function leafText(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'html') {
    if (/^<br\s*\/?>$/i.test(node.value)) return '\n';
    if (/^<[^>]*>$/.test(node.value)) return '';
    return node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, ' ');
  }
  if ('children' in node) return (node.children as Nodes[]).map(leafText).join('');
  return toString(node);
}

/** The text of each leaf block, line by line; tab- and colon-separated header parts apart. */
export function sourceLines(node: Nodes, out: string[] = []): string[] {
  if (LEAVES.has(node.type)) {
    for (const line of leafText(node).split(/\r?\n|\r/)) {
      for (const part of line.split(/\t|:\s/)) {
        // A paragraph or section number ("4.17 ", "17. ", "5 – ", "1. –") is kept as a number, apart from the text.
        // A footnote mark glued to a heading's last word ("… Children Board1") refers to a footnote kept as text.
        const unmarked = node.type === 'heading' ? part.replace(/(?<=[a-z])\d{1,2}\s*$/, '') : part;
        const text = normalise(unmarked.replace(/^[\s*_]*\d{1,3}(?:\.\d{1,3})*\.?(?:\s*[:–—-])?(?:\s+|$|(?=[*_]))/, '')).replace(/:$/, '');
        // A line of punctuation alone ("-", "*") says nothing to lose.
        if (/[\p{L}\p{N}]/u.test(text)) out.push(text);
      }
    }
    return out;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) sourceLines(child, out);
  return out;
}

/** Every string value in a JSON-like value, depth first. */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

/** The source lines of `text` that appear nowhere in `report` (its source facts and diagnostics aside). */
export function lostLines(text: string, report: Report): string[] {
  const haystack = compact(normalise(strings({ ...report, source: null, diagnostics: null }).join('\n')));
  return sourceLines(parseMarkdown(text.replace(/^\uFEFF+/, ''))).filter((line) => !haystack.includes(compact(line)));
}
