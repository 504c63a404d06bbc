/**
 * The baseline the benchmark measures `inspect` against: the least any
 * markdown tool does — import unified and remark-parse, parse each file named
 * on the command line, and print its tree as JSON (one line per file). With
 * --no-print, parse only.
 */
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const print = !process.argv.includes('--no-print');
const processor = unified().use(remarkParse).freeze();
for (const path of process.argv.slice(2).filter((arg) => arg !== '--no-print')) {
  const tree = processor.parse(readFileSync(path, 'utf8'));
  if (print) process.stdout.write(`${JSON.stringify(tree)}\n`);
}
