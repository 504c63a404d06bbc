/** Found by the parser: "Outcome N" in a heading where N is not an outcome of the CQC Essential Standards. */
import { parserRule } from './from-parser.js';

export default parserRule({
  id: 'outcome-unknown',
  description: 'A heading names a CQC outcome outside the 28 Essential Standards',
  defaultSeverity: 'warning',
});
