/** `inspect parse <file|->`: print the report model as JSON. */
import type { Command } from 'commander';
import type { Region } from '../dates/index.js';
import { write, type Context } from './io.js';
import { fromOption, regionOption } from './options.js';
import { readReport } from './read-report.js';

interface ParseFlags {
  from?: string;
  region: Region;
  compact?: boolean;
}

export function registerParse(program: Command, { io }: Context): void {
  program
    .command('parse')
    .description('parse an inspection report into JSON on stdout')
    .argument('<file>', 'a report (.md, .txt) or "-" for standard input')
    .addOption(fromOption())
    .addOption(regionOption())
    .option('--compact', 'print the JSON on one line')
    .action(async (file: string, flags: ParseFlags) => {
      const report = await readReport(file, io, { region: flags.region, ...(flags.from && { from: flags.from }) });
      await write(io.stdout, `${JSON.stringify(report, null, flags.compact ? undefined : 2)}\n`);
    });
}
