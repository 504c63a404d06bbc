/** Found by the parser: text with none of the structure of an inspection report. */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'not-a-report',
  description: 'The text has no headings, numbered paragraphs or header fields: not an inspection report',
  defaultSeverity: 'error',
});
