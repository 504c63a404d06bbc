/** Found by the parser: a paragraph joined to the finding before it (a sentence broken by a page break). */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'paragraph-continuation',
  description: 'A paragraph continues the finding before it across a page break',
  defaultSeverity: 'warning',
});
