/**
 * Report JSON that does not match the report schema: every problem zod
 * finds, each with its JSON path (`findings[12].position.start.line:
 * expected number, received string`) and the place that path is written.
 */
import type { z } from 'zod';
import { jsonPath } from '../read/report-json.js';
import type { JsonInput } from '../validate/json.js';
import type { Rule } from './rule.js';

const rule: Rule<JsonInput> = {
  id: 'json-schema',
  description: 'JSON input does not match the report schema (`inspect schema`)',
  defaultSeverity: 'error',
  check: (input) =>
    input.issues.map((issue) => ({
      message: `${jsonPath(issue.path)}: ${issueMessage(issue)}`,
      position: input.locate(issue.path),
    })),
};

export default rule;

/** zod's message without its "Invalid input:" opening; "missing" for an absent key. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    const firsts = issue.errors.map((errors) => errors[0]?.message ?? '');
    const options = firsts.map((message) => /expected (.*?)(?:, received \w+)?$/.exec(message)?.[1]);
    if (options.length > 0 && options.every(Boolean)) {
      const missing = firsts.some((message) => message.endsWith('received undefined'));
      return missing ? `missing (expected ${options.join(' or ')})` : `expected ${options.join(' or ')}`;
    }
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return `missing (expected ${issue.expected})`;
  const text = issue.message.replace(/^Invalid input:\s*/, '');
  return text.charAt(0).toLowerCase() + text.slice(1);
}
