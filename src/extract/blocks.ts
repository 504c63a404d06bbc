/**
 * mdast → a flat list of text blocks in document order. Reports are read as
 * a sequence (heading, paragraph, paragraph, list item…) because their
 * structure lives in numbering and wording, not in markdown nesting: heading
 * levels vary and lists, quotes and indented code are transcription accidents.
 */
import type { List, ListItem, Nodes, Root, Table } from 'mdast';
import { inlineOf, inlineOfHtml, inlineOfString, textOf, type InlineText } from './inline.js';

export interface ListInfo {
  ordered: boolean;
  /** The number written in the item's marker ("17." → 17), for ordered lists. */
  marker: number | null;
  /** The number the list starts at, as written. */
  listStart: number | null;
  /** Which list of the document the item belongs to. */
  listId: number;
  /** Nesting depth, 1 for a top-level list. */
  depth: number;
  /** The first block of its item (the item's own text, not a continuation inside it). */
  first: boolean;
}

export interface Block {
  type: 'heading' | 'paragraph' | 'row';
  inline: InlineText;
  /** Heading depth (1–6), for `type: 'heading'`. */
  depth?: number;
  list?: ListInfo;
  /** Table cells, for `type: 'row'`; `inline` is then the whole row. */
  cells?: InlineText[];
  table?: { id: number; header: boolean; columns: number };
}

export function blocksOf(tree: Root, source: string): Block[] {
  const out: Block[] = [];
  let tables = 0;
  let lists = 0;

  // An explicit stack, not recursion: transcripts can nest quotes and lists
  // thousands deep, and the walk must not overflow the call stack.
  interface Frame {
    node: Nodes;
    list?: ListInfo;
  }
  const stack: Frame[] = [];
  const pushChildren = (frames: Frame[]) => {
    for (let i = frames.length - 1; i >= 0; i--) stack.push(frames[i]!);
  };

  function visit(node: Nodes, list?: ListInfo): void {
    switch (node.type) {
      case 'heading':
        out.push({ type: 'heading', inline: inlineOf(node, source), depth: node.depth });
        return;
      case 'paragraph':
        out.push({ type: 'paragraph', inline: inlineOf(node, source), ...(list && { list }) });
        return;
      case 'html':
      case 'code':
        textBlocks(node.value, node.position?.start.offset ?? 0, node.type === 'code', list);
        return;
      case 'list':
        pushChildren(listFrames(node, list ? list.depth + 1 : 1));
        return;
      case 'table':
        visitTable(node, ++tables, list);
        return;
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) {
          pushChildren((node.children as Nodes[]).map((child, index) => ({ node: child, ...(list && { list: { ...list, first: list.first && index === 0 } }) })));
        }
    }
  }

  function listFrames(node: List, depth: number): Frame[] {
    const listStart = node.ordered ? (node.start ?? 1) : null;
    const listId = ++lists;
    return node.children.flatMap((item, index) => {
      // Numbers drawn by a browser or word processor (HTML, DOCX) are not in the source: count them.
      const marker = node.ordered ? (writtenNumber(item) ?? listStart! + index) : null;
      const info: ListInfo = { ordered: Boolean(node.ordered), marker, listStart, listId, depth, first: true };
      return (item.children as Nodes[]).map((child, at) => ({ node: child, list: { ...info, first: at === 0 } }));
    });
  }

  function writtenNumber(item: ListItem): number | null {
    // mdast numbers items from the list's start; the author's own numbers
    // (which may skip or repeat) are only in the source.
    const at = item.position?.start.offset ?? 0;
    const match = /^\s*(\d{1,9})[.)]/.exec(source.slice(at, at + 16));
    return match ? Number(match[1]) : null;
  }

  function visitTable(node: Table, id: number, list?: ListInfo): void {
    node.children.forEach((row, index) => {
      const cells = row.children.map((cell) => inlineOf(cell, source));
      out.push({
        type: 'row',
        inline: inlineOf(row, source),
        cells,
        table: { id, header: index === 0, columns: cells.length },
        ...(list && { list }),
      });
    });
  }

  /** HTML and indented code blocks hold report text too: one block per paragraph of it. */
  function textBlocks(value: string, offset: number, isCode: boolean, list?: ListInfo): void {
    let from = offset;
    for (const part of value.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
      const trimmed = part[0].trim();
      if (!trimmed) continue;
      const at = part.index + part[0].indexOf(trimmed);
      // An HTML block's value is its source; an indented block's lost its
      // indentation, so find each paragraph again, after the one before it.
      const inline = isCode
        ? inlineOfString(trimmed, Math.max(source.indexOf(trimmed.slice(0, 32), from), from), source)
        : inlineOfHtml(trimmed, offset + at, source);
      from = inline.end;
      if (textOf(inline)) out.push({ type: 'paragraph', inline, ...(list && { list }) });
    }
  }


  pushChildren(tree.children.map((node) => ({ node })));
  while (stack.length > 0) {
    const { node, list } = stack.pop()!;
    visit(node, list);
  }
  return out;
}
