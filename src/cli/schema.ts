/** `inspect schema [report|diff|follow-up]`: print the JSON Schema of what `parse`, `diff` or `follow-up` prints. */
import { Argument, type Command } from 'commander';
import { write, type Context } from './io.js';

export function registerSchema(program: Command, { io }: Context): void {
  program
    .command('schema')
    .description('print the JSON Schema of the JSON that `parse` (report), `diff --format json` (diff) or `follow-up --format json` (follow-up) prints')
    .addArgument(new Argument('[which]', 'which schema').choices(['report', 'diff', 'follow-up']).default('report'))
    .action(async (which: 'report' | 'diff' | 'follow-up') => {
      const schema =
        which === 'diff'
          ? (await import('../diff/schema.js')).diffJsonSchema()
          : which === 'follow-up'
            ? (await import('../follow-up/schema.js')).followUpJsonSchema()
            : (await import('../schema/json-schema.js')).reportJsonSchema();
      await write(io.stdout, `${JSON.stringify(schema, null, 2)}\n`);
    });
}
