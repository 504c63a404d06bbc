/** `inspect schema`: print the JSON Schema of `inspect parse` output. */
import type { Command } from 'commander';
import { write, type Context } from './io.js';

export function registerSchema(program: Command, { io }: Context): void {
  program
    .command('schema')
    .description('print the JSON Schema of the report JSON that `parse` prints')
    .action(async () => {
      const { reportJsonSchema } = await import('../schema/json-schema.js');
      await write(io.stdout, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
    });
}
