/**
 * How eagerly V8 compiles hot functions with its optimising compilers, set
 * for the command line's process (its batch workers share the flags) and
 * never for a library caller's.
 *
 * Why: a batch runs each file's code paths (pdf.js's text extraction, the
 * layout passes, micromark, the extractor) for milliseconds at a time, and
 * V8's default thresholds send hundreds of functions to TurboFan, many of
 * them more than once after a deoptimisation. Those compile jobs run on V8's
 * helper threads, which on a 2-core machine take the core the other worker
 * needs. On Node 20 the 43 published PDFs of the bench (`npm run bench --
 * --only pdf`, `--jobs 2`) spent 3.2 s of CPU on the helper threads against
 * 5.6 s on the worker itself; with a budget 15 times the default, only the
 * functions that stay hot are optimised, and the same batch took 4.6 s
 * instead of 5.9 s (8.5 s of CPU instead of 10.9 s), the 2,000-file markdown
 * batch on 2 workers 11.8 s instead of 13.9 s, with the same output. On Node
 * 22 (Maglev, then TurboFan) the same idea, in its flags, took the PDF batch
 * from 5.35 s to 4.59 s; Node 24 gained nothing measurable and keeps its
 * defaults.
 *
 * Flags are chosen by V8's major version, because their names changed
 * (`--interrupt-budget` is gone after V8 11), and one the user set
 * (`node --interrupt-budget=… bin/inspect.js`) is left alone.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * The flags for a V8 version ("11.3.244.8-node.33" on Node 20), less those
 * the user gave on Node's command line (`execArgv`, in either spelling).
 */
export function tieringFlags(v8Version: string, execArgv: readonly string[] = []): string[] {
  const given = new Set(execArgv.map((arg) => nameOf(arg).replace(/_/g, '-')));
  return flagsFor(Number.parseInt(v8Version, 10)).filter((flag) => !given.has(nameOf(flag)));
}

/** Set this process's tiering flags. Call it before work starts: functions already running keep their budgets. */
export function tuneTiering(): void {
  for (const flag of tieringFlags(process.versions.v8, process.execArgv)) setFlagsFromString(flag);
}

function flagsFor(major: number): string[] {
  if (major === 11) return ['--interrupt-budget=1000000'];
  if (major === 12) return ['--invocation-count-for-turbofan=10000', '--invocation-count-for-maglev=1200'];
  return [];
}

function nameOf(flag: string): string {
  return flag.replace(/=.*$/, '');
}
