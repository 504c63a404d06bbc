/**
 * HTML → mdast, through hast: rehype-parse reads the page as a browser would
 * and rehype-remark maps elements to markdown nodes (`<em>`/`<i>` to
 * emphasis, `<strong>`/`<b>` to strong, `<h1>`–`<h6>`, lists, tables). The
 * nodes keep their positions, so offsets point into the HTML source.
 */
import type { Root as HastRoot, Element, ElementContent, Text } from 'hast';
import type { Nodes, Root } from 'mdast';
import type { Position } from 'unist';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';

export interface HtmlOptions {
  /**
   * Keep tab characters in text (collapsed to spaces by HTML otherwise):
   * DOCX converted to HTML uses them between a field's label and value.
   */
  keepTabs?: boolean;
}

const parser = unified().use(rehypeParse).freeze();
const toMdast = unified().use(rehypeRemark).freeze();

/** A character no report uses, standing in for a tab while HTML whitespace is collapsed. */
const TAB = '\uE7F0';

export function parseHtml(html: string, options: HtmlOptions = {}): Root {
  const hast = parser.parse(html) as HastRoot;
  if (options.keepTabs) replaceText(hast, (value) => value.replace(/\t/g, TAB));
  const tree = toMdast.runSync(hast) as unknown as Root;
  if (options.keepTabs) restoreTabs(tree);
  fillPositions(tree, tree.position);
  return tree;
}

/**
 * Nodes that rehype-remark makes up (the paragraph inside a list item or a
 * table cell that held bare text) have no position: give them the span of
 * their children, else their parent's.
 */
function fillPositions(node: Nodes, parent: Position | undefined): void {
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  for (const child of children) fillPositions(child, node.position ?? parent);
  if (node.position) return;
  const first = children.find((c) => c.position)?.position;
  const last = children.findLast((c) => c.position)?.position;
  const position = first && last ? { start: first.start, end: last.end } : parent;
  if (position) node.position = position;
}

function replaceText(node: HastRoot | ElementContent, change: (value: string) => string): void {
  if (node.type === 'text') (node as Text).value = change((node as Text).value);
  else if ('children' in node) for (const child of (node as Element).children) replaceText(child, change);
}

function restoreTabs(node: Nodes): void {
  if ('value' in node && typeof node.value === 'string') node.value = node.value.replaceAll(TAB, '\t');
  if ('children' in node) for (const child of node.children as Nodes[]) restoreTabs(child);
}

