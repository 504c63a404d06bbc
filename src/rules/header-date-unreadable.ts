/** Found by the parser: a date field of the header whose value holds no readable date. */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'header-date-unreadable',
  description: 'A header date (inspection dates, final report date) cannot be read as a date',
  defaultSeverity: 'warning',
});
