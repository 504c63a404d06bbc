/** Found by the parser: a paragraph number that skips one, e.g. the seed’s missing 3.12. */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'numbering-gap',
  description: 'A numbered paragraph skips a number (`3.13` after `3.11`)',
  defaultSeverity: 'warning',
});
