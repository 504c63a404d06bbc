import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import type { Io } from '../../src/cli/io.js';

function terminal(): { io: Io; text: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY: true });
  const chunks: Buffer[] = [];
  stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {} } as unknown as Io;
  return { io, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('createProgress', () => {
  it('counts to the total once the inputs are counted', async () => {
    const { io, text } = terminal();
    const progress = createProgress(io, Promise.resolve(8), 'parsing');
    await Promise.resolve();
    for (let done = 1; done <= 8; done++) progress.tick(done, 0);
    progress.done();
    expect(text()).toMatch(/\rparsing \[#{15}\.{15}\] 4\/8/);
    expect(text()).toMatch(/\rparsing \[#{30}\] 8\/8\n$/);
  });

  it('ends on the files done as the total when the count of the inputs has not finished', () => {
    const { io, text } = terminal();
    const progress = createProgress(io, new Promise<number>(() => {}), 'indexing');
    for (let done = 1; done <= 6; done++) progress.tick(done, done === 6 ? 1 : 0);
    progress.done();
    expect(text()).toMatch(/\rindexing 5\r/);
    expect(text()).toMatch(/\rindexing \[#{30}\] 6\/6 \(1 failed\)\n$/);
  });

  it('shows nothing for the first few files', () => {
    const { io, text } = terminal();
    const progress = createProgress(io, Promise.resolve(3), 'parsing');
    for (let done = 1; done <= 3; done++) progress.tick(done, 0);
    progress.done();
    expect(text()).toBe('');
  });
});
