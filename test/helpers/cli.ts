/** Run the CLI in-process (through `run`) or as a real subprocess, with the same result shape. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(args: string[], stdin = ''): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await run(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: {} });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

export function runSubprocess(args: string[], stdin = '', env: Record<string, string> = {}, timeout = 120_000): CliResult {
  const result = spawnSync(process.execPath, ['bin/inspect.js', ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
    // spawnSync blocks the test runner's own timeout: a hung CLI must fail its test, not the whole run.
    timeout,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** One CLI behaviour: arguments, input, and what must come out. */
export interface CliCase {
  name: string;
  args: string[];
  stdin?: string;
  code: number;
  stdout?: (out: string) => void;
  stderr?: RegExp;
  skip?: boolean;
  /** The case prints a result despite a trouble exit code (the other files of a batch). */
  withResult?: boolean;
}

export interface CaseOptions {
  /** Non-zero exit codes that still carry a result on stdout (validate's 1, diff's 1, a batch's 6). */
  resultCodes?: number[];
}

/**
 * The checks every CLI case shares: its exit code and no stack trace; on
 * trouble (a non-zero code that carries no result), nothing on stdout and one
 * line on stderr; otherwise nothing on stderr unless the case expects it.
 */
export function checkCase(result: CliResult, c: CliCase, options: CaseOptions = {}): void {
  expect(result.code, result.stderr).toBe(c.code);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  const trouble = c.code !== 0 && !(options.resultCodes ?? []).includes(c.code) && !c.withResult;
  if (c.stderr) expect(result.stderr).toMatch(c.stderr);
  else if (!trouble) expect(result.stderr).toBe('');
  if (trouble) {
    expect(result.stdout).toBe('');
    // Every error is one line, option errors too (the usage hint is added on a terminal only).
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  }
  c.stdout?.(result.stdout);
}

/** Run one table of cases twice: in-process through run(), and as a real subprocess. */
export function runCases(title: string, cases: CliCase[] | ((mode: 'in-process' | 'subprocess') => CliCase[]), options: CaseOptions = {}): void {
  describe.each([
    ['in-process' as const, runInProcess],
    ['subprocess' as const, async (args: string[], stdin?: string) => runSubprocess(args, stdin)],
  ])(`${title} (%s)`, (mode, runCli) => {
    // Cases that write files get paths of their own per mode, so that the second run does not find the first one's files.
    for (const c of typeof cases === 'function' ? cases(mode) : cases) it.skipIf(c.skip)(c.name, async () => checkCase(await runCli(c.args, c.stdin), c, options));
  });
}
