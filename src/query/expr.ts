/** `--expr`: a JSONata expression evaluated over each report model. */
import { QueryError } from './filter.js';
import type { Report } from '../schema/report.js';

export interface Expression {
  evaluate(report: Report): Promise<unknown>;
}

export async function compileExpression(source: string): Promise<Expression> {
  const { default: jsonata } = await import('jsonata');
  let compiled: ReturnType<typeof jsonata>;
  try {
    compiled = jsonata(source);
  } catch (error) {
    throw new QueryError(`--expr: ${describe(error)}`);
  }
  return {
    async evaluate(report) {
      try {
        return await compiled.evaluate(report);
      } catch (error) {
        throw new QueryError(`--expr: ${describe(error)}`);
      }
    },
  };
}

function describe(error: unknown): string {
  const e = error as { message?: string; position?: number; token?: string };
  return `${e.message ?? String(error)}${e.position !== undefined ? ` (at character ${e.position})` : ''}`;
}
