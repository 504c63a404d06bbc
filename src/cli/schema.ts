/** `inspect schema [report|diff]`: print the JSON Schema of what `parse` or `diff` prints. */
import { Argument, type Command } from 'commander';
import { write, type Context } from './io.js';

export function registerSchema(program: Command, { io }: Context): void {
  program
    .command('schema')
    .description('print the JSON Schema of the JSON that `parse` (report) or `diff --format json` (diff) prints')
    .addArgument(new Argument('[which]', 'which schema').choices(['report', 'diff']).default('report'))
    .action(async (which: 'report' | 'diff') => {
      const schema =
        which === 'diff'
          ? (await import('../diff/schema.js')).diffJsonSchema()
          : (await import('../schema/json-schema.js')).reportJsonSchema();
      await write(io.stdout, `${JSON.stringify(schema, null, 2)}\n`);
    });
}
