/** Found by the parser: a paragraph number used twice. */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'numbering-duplicate',
  description: 'Two paragraphs have the same number, so findings cannot be told apart by id',
  defaultSeverity: 'error',
});
