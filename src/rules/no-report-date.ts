/** Found by the parser: timescales need a start date that the report does not give. */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'no-report-date',
  description: 'Due dates cannot be computed: the report has no readable final report or publication date',
  defaultSeverity: 'warning',
});
