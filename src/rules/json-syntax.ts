/** JSON input (a file or stdin that opens like report JSON) that is not valid JSON. */
import type { JsonInput } from '../validate/json.js';
import type { Rule } from './rule.js';

const rule: Rule<JsonInput> = {
  id: 'json-syntax',
  description: 'JSON input is not valid JSON',
  defaultSeverity: 'error',
  check: ({ syntaxError }) => (syntaxError ? [{ message: `Not valid JSON: ${syntaxError.reason}`, position: syntaxError.position }] : []),
};

export default rule;
