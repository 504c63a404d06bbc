/** The progress bar of batch commands (parse, index): one line on stderr, on a terminal, never in CI. */
import type { Io } from './io.js';

export function showProgress(flags: { progress?: boolean }, io: Io): boolean {
  return flags.progress !== false && !io.quiet && io.stderr.isTTY === true && !io.env?.CI;
}

/** How many files the inputs hold, counted while the work starts. */
export async function countFiles(inputs: string[], walking: import('../batch/walk.js').WalkOptions): Promise<number> {
  const { expandInputs } = await import('../batch/walk.js');
  let n = 0;
  for await (const _ of expandInputs(inputs, walking)) n++;
  return n;
}

/** A one-line progress bar on stderr, shown only past a few files. */
export function createProgress(io: Io, total: Promise<number>, verb: string) {
  let known: number | null = null;
  void total.then((n) => (known = n));
  let shown = false;
  let last = { done: 0, failed: 0 };
  const line = (done: number, failed: number) => {
    const width = 30;
    const filled = known ? Math.round((done / known) * width) : 0;
    const bar = known ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${known}` : `${done}`;
    return `\r${verb} ${bar}${failed ? ` (${failed} failed)` : ''}`;
  };
  return {
    tick(done: number, failed: number) {
      if (done < 4 && !shown) return;
      shown = true;
      last = { done, failed };
      io.stderr.write(line(done, failed));
    },
    clear() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
    done() {
      if (!shown) return;
      // Every file is done now, so the total is known even when the count of the inputs (a walk of its own, on a busy
      // machine) has not finished: the last line says "10/10", not "10".
      known = last.done;
      io.stderr.write(`${line(last.done, last.failed)}\n`);
    },
  };
}
