// Prints the cue table as the README shows it (test/follow-up/readme.test.ts checks the README holds it).
import { cueTableMarkdown } from '../src/follow-up/cue-table.js';
process.stdout.write(cueTableMarkdown());
