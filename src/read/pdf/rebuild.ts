/**
 * Lines of pages → markdown: the layout passes that every page layout goes
 * through, whichever source its lines came from (a PDF's positioned text,
 * or text copied out of one): running lines and columns (layout.ts), blocks
 * (blocks.ts), markdown with a map back to the pages (markdown.ts).
 */
import { pdfBlocks, statsOf, type BlockOptions } from './blocks.js';
import { layout, type Layout, type PageLines } from './layout.js';
import { renderMarkdown, type Rendered } from './markdown.js';

export interface Rebuilt {
  laid: Layout;
  rendered: Rendered;
}

export function rebuildLayout(pages: PageLines[], options: BlockOptions = {}): Rebuilt {
  const laid = layout(pages);
  const stats = statsOf(laid.pages);
  return { laid, rendered: renderMarkdown(pdfBlocks(laid.pages, stats, options)) };
}
