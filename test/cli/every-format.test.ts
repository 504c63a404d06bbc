/**
 * Every command reads every format through the one way in (parseInput): a
 * PDF and a Word document of the seed give each command what its markdown
 * gives, and none refuses one as "a binary file".
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const SEED = 'fixtures/essex-2010-cqc-safeguarding-lac';
const MD = `${SEED}/input.md`;
const out = mkdtempSync(join(tmpdir(), 'inspect-every-format-'));

/** What a command prints for an input, without the input's path (which differs by format). */
async function stdoutOf(args: string[], input: string): Promise<string> {
  const result = await runInProcess(args.map((arg) => (arg === 'INPUT' ? input : arg)));
  expect(result.stderr.includes('binary file'), result.stderr).toBe(false);
  return result.stdout.split(input).join('INPUT');
}

describe.each(['pdf', 'docx'])('every command on the seed as %s', (format) => {
  const input = `${SEED}/input.${format}`;

  it('validate finds the problems it finds in the markdown', async () => {
    const summary = (text: string) => text.trimEnd().split('\n').at(-1);
    expect(summary(await stdoutOf(['validate', 'INPUT'], input))).toBe(summary(await stdoutOf(['validate', 'INPUT'], MD)));
  });

  it('recommendations lists the markdown\'s recommendations', async () => {
    const rows = async (file: string) => (JSON.parse(await stdoutOf(['recommendations', 'INPUT', '--format', 'json'], file)) as Array<{ kind: string; text: string }>).map((r) => [r.kind, r.text]);
    const got = await rows(input);
    expect(got.filter(([kind]) => kind === 'recommendation')).toHaveLength(11);
    expect(got).toEqual(await rows(MD));
  });

  it('diff finds no difference from the markdown', async () => {
    const result = await runInProcess(['diff', MD, input, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
  });

  it('query selects the markdown\'s findings', async () => {
    const ids = async (file: string) => (JSON.parse(await stdoutOf(['query', 'INPUT', '--format', 'json'], file)) as Array<{ id: string }>).map((r) => r.id);
    const got = await ids(input);
    expect(got).toHaveLength(82);
    expect(got).toEqual(await ids(MD));
  });

  it('action-plan writes the markdown\'s plan', async () => {
    const plan = async (file: string, name: string) => {
      const result = await runInProcess(['action-plan', file, '--out', join(out, name)]);
      expect(result.code, result.stderr).toBe(0);
      return readFileSync(join(out, name), 'utf8');
    };
    expect(await plan(input, `${format}.csv`)).toBe(await plan(MD, `md-for-${format}.csv`));
  });

  it('follow-up reads it as the earlier report', async () => {
    const result = await runInProcess(['follow-up', input, MD, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ earlier: { path: input, date: '2010-08-23' }, later: { path: MD } });
  });
});
