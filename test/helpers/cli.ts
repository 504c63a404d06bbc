/** Run the CLI in-process (through `run`) or as a real subprocess, with the same result shape. */
import { spawnSync } from 'node:child_process';
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

export function runSubprocess(args: string[], stdin = '', env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, ['bin/inspect.js', ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
