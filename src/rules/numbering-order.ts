/** Found by the parser: a paragraph number lower than the one before it. */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'numbering-order',
  description: 'A paragraph number goes backwards (`2.3` after `2.5`)',
  defaultSeverity: 'warning',
});
