/** Found by the parser: a dotted paragraph number whose prefix is not the number of its section. */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'finding-section-mismatch',
  description: 'A paragraph number names another section (`4.3` under section 3)',
  defaultSeverity: 'warning',
});
