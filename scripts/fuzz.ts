/**
 * The property tests at scale: 100,000 inputs (report-shaped documents from
 * the grammar, any text, and reports with debris dropped in), each checked
 * for what the tests check — no throw, JSON that passes the schema, no text
 * lost, positions at the text they claim, the same bytes twice, and for
 * grammar documents the findings their writing promises.
 *
 * A counterexample is shrunk (for at most a minute) and written as a new
 * fixture, fixtures/fuzz/<hash>/input.md, whose path is printed; the fixture
 * tests then read it like any other. The exit code is 1 when there was one.
 *
 *   npm run fuzz                      100,000 runs from a random seed
 *   npm run fuzz -- --runs 5000 --seed 42
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import fc from 'fast-check';
import { parseReport } from '../src/index.js';
import { actualView, expectedView, reportProblems } from '../test/helpers/report-checks.js';
import { anyText, damagedReport, reportDocument, type GeneratedReport } from '../test/helpers/report-grammar.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    max: { type: 'string', default: '10' },
  },
});
const runs = Number(values.runs);
const maxCounterexamples = Number(values.max);
let seed = values.seed === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(values.seed);

type Input = { kind: 'report'; doc: GeneratedReport } | { kind: 'text'; text: string };

const input: fc.Arbitrary<Input> = fc.oneof(
  { weight: 3, arbitrary: reportDocument.map((doc): Input => ({ kind: 'report', doc })) },
  { weight: 2, arbitrary: anyText.map((text): Input => ({ kind: 'text', text })) },
  { weight: 2, arbitrary: damagedReport.map((text): Input => ({ kind: 'text', text })) },
);

const textOf = (i: Input) => (i.kind === 'report' ? i.doc.text : i.text);

/** Every problem with one input, as sentences; empty when all is well. */
function problems(i: Input): string[] {
  const text = textOf(i);
  let report;
  try {
    report = parseReport(text);
  } catch (error) {
    return [`threw: ${(error as Error).stack ?? String(error)}`];
  }
  const out = reportProblems(text, JSON.parse(JSON.stringify(report)));
  if (JSON.stringify(parseReport(text)) !== JSON.stringify(report)) out.push('not deterministic: a second parse gave different JSON');
  if (i.kind === 'report') {
    const expected = expectedView(i.doc);
    const actual = actualView(i.doc, report);
    for (const key of Object.keys(expected) as Array<keyof typeof expected>) {
      if (!isDeepStrictEqual(actual[key], expected[key])) {
        out.push(`${key}: expected ${JSON.stringify(expected[key])}\n  got ${JSON.stringify(actual[key])}`);
      }
    }
  }
  return out;
}

let checked = 0;
const started = Date.now();
const property = fc.property(input, (i) => {
  checked++;
  if (checked % 10_000 === 0) process.stderr.write(`fuzz: ${checked} inputs checked, shrinking included (${Math.round((Date.now() - started) / 1000)} s)\n`);
  const found = problems(i);
  if (found.length > 0) throw new Error(found.join('\n'));
});

// Printed first, so that any run can be replayed with --seed.
console.log(`fuzz: ${runs} runs from seed ${seed}`);
let remaining = runs;
let ran = 0;
const written: string[] = [];
/** The fixture written for each kind of problem: the same problem again is counted, not written again. */
const kinds = new Map<string, string>();
const kindOf = (problem: string) => problem.replace(/"(?:[^"\\]|\\.)*"|\d+/g, '…').split('\n')[0]!;
while (remaining > 0 && written.length < maxCounterexamples) {
  const result = fc.check(property, { numRuns: remaining, seed, endOnFailure: true });
  if (!result.failed) {
    ran += result.numRuns;
    break;
  }
  ran += result.numRuns;
  remaining -= result.numRuns;
  // Shrink the counterexample from where it was found, for a minute at most.
  const shrunk = fc.check(property, { seed, path: result.counterexamplePath!, numRuns: 1, interruptAfterTimeLimit: 60_000 });
  const counterexample = (shrunk.counterexample ?? result.counterexample)![0] as Input;
  const text = textOf(counterexample);
  const found = problems(counterexample);
  const kind = kindOf(found[0] ?? '');
  const same = kinds.get(kind);
  let path: string;
  if (same) path = same;
  else {
    const dir = join('fixtures', 'fuzz', createHash('sha256').update(text).digest('hex').slice(0, 12));
    path = join(dir, 'input.md');
    if (!existsSync(path)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, text);
    }
    kinds.set(kind, path);
  }
  written.push(path);
  console.log(`counterexample (seed ${seed}, after ${ran} runs): ${same ? `the same problem as ${path}` : path}`);
  console.log(`  ${found.join('\n').split('\n').slice(0, 12).join('\n  ')}`);
  seed = (seed + 1) | 0;
}

const seconds = Math.round((Date.now() - started) / 1000);
const fixtures = [...new Set(written)];
console.log(
  `fuzz: ${ran} runs in ${seconds} s, ${written.length} counterexample${written.length === 1 ? '' : 's'}` +
    (fixtures.length ? `, written as ${fixtures.length} fixture${fixtures.length === 1 ? '' : 's'}:\n  ${fixtures.join('\n  ')}` : ''),
);
process.exitCode = written.length > 0 ? 1 : 0;
