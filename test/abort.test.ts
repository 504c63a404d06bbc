/** The library's async entry points stop when asked: `signal` and `timeout`, for a server that bounds each request. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, readDocument } from '../src/index.js';

const SEED_MD = readFileSync('fixtures/essex-2010-cqc-safeguarding-lac/input.md');
const PDF = readFileSync('fixtures/ofsted-norfolk-lac-2013/input.pdf');

describe('signal and timeout', () => {
  it('parseDocument rejects at once with the reason of a signal already aborted, for markdown and PDF alike', async () => {
    for (const bytes of [SEED_MD, PDF]) {
      await expect(parseDocument(bytes, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    }
  });

  it('parseDocument rejects with a TimeoutError when reading a PDF takes longer than `timeout`', async () => {
    const started = Date.now();
    await expect(parseDocument(PDF, { timeout: 1 })).rejects.toMatchObject({ name: 'TimeoutError' });
    // The rejection comes when the time is up, not when the reading would have ended (a second or more for this PDF).
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('readDocument stops when its signal aborts mid-read, with the reason given', async () => {
    const controller = new AbortController();
    const reading = readDocument(PDF, { signal: controller.signal });
    controller.abort(new Error('client went away'));
    await expect(reading).rejects.toThrow('client went away');
  });

  it('gives the report as ever when the time is enough', async () => {
    const report = await parseDocument(PDF, { timeout: 60_000, signal: new AbortController().signal });
    expect(report.findings).toHaveLength(72);
  });

  it('refuses a timeout that is not a number of milliseconds', async () => {
    await expect(parseDocument(SEED_MD, { timeout: Number.NaN })).rejects.toThrow(RangeError);
  });
});
