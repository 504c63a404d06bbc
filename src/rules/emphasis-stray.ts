/**
 * Found by the parser: an italic or bold marker that pairs with nothing,
 * even across paragraphs. The parser's `emphasis-unclosed` diagnostics,
 * should it give them, are reported here too: one setting for both.
 */
import { parserRule } from './from-parser.js';

export default parserRule(
  {
    id: 'emphasis-stray',
    description: 'An emphasis marker opens or closes nothing (a literal `\\*`, an unclosed `*`)',
    defaultSeverity: 'warning',
  },
  ['emphasis-unclosed'],
);
