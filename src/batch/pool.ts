/**
 * Parse many files on worker threads and give the results back in input
 * order. At most `jobs × WINDOW` files are in flight or waiting to be
 * yielded, so memory stays bounded however many files there are; a file
 * that takes longer than the time budget has its worker replaced and is
 * reported, instead of hanging the run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runTask, type Task, type TaskResult } from './task.js';

export interface PoolOptions {
  jobs: number;
  /** Time budget per file, in milliseconds. */
  timeout: number;
}

/** How many results per worker may wait for an earlier, slower file. */
const WINDOW = 8;

interface Slot {
  worker: Worker;
  current: { index: number; path: string; timer: NodeJS.Timeout } | null;
}

export async function* parseOrdered(
  paths: AsyncIterable<string>,
  toTask: (path: string) => Task,
  options: PoolOptions,
): AsyncGenerator<TaskResult> {
  const script = new URL('./worker.js', import.meta.url);
  // Running from the TypeScript sources (tests), there is no compiled worker: parse in this thread.
  if (!existsSync(fileURLToPath(script))) {
    for await (const path of paths) yield await runTask(toTask(path));
    return;
  }

  const iterator = paths[Symbol.asyncIterator]();
  const done = new Map<number, TaskResult>();
  const slots: Slot[] = [];
  let next = 0;
  let dispatched = 0;
  let exhausted = false;
  let signalled = false;
  let wake: (() => void) | null = null;

  const notify = () => {
    signalled = true;
    const resume = wake;
    wake = null;
    resume?.();
  };
  const settled = () =>
    signalled
      ? ((signalled = false), Promise.resolve())
      : new Promise<void>((resolve) => {
          wake = () => {
            signalled = false;
            resolve();
          };
        });

  const finish = (slot: Slot, result: TaskResult) => {
    if (!slot.current) return;
    clearTimeout(slot.current.timer);
    done.set(slot.current.index, result);
    slot.current = null;
    notify();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script), current: null };
    slot.worker.on('message', (message: { result: TaskResult }) => finish(slot, message.result));
    slot.worker.on('error', (error) => {
      const path = slot.current?.path ?? '';
      finish(slot, { ok: false, path, problem: 'internal', message: `${path}: internal error: ${error.message}` });
      replace(slot);
    });
    return slot;
  };

  const replace = (slot: Slot) => {
    void slot.worker.terminate();
    const at = slots.indexOf(slot);
    if (at >= 0) slots[at] = spawn();
  };

  const fill = async () => {
    for (const slot of slots) {
      if (slot.current || exhausted) continue;
      if (dispatched - next >= options.jobs * WINDOW) return;
      const item = await iterator.next();
      if (item.done) {
        exhausted = true;
        return;
      }
      const index = dispatched++;
      const path = item.value;
      const timer = setTimeout(() => {
        if (slot.current?.index !== index) return;
        const seconds = options.timeout / 1000;
        finish(slot, { ok: false, path, problem: 'timeout', message: `${path}: took longer than ${seconds}s to parse; skipped` });
        replace(slot);
      }, options.timeout);
      slot.current = { index, path, timer };
      slot.worker.postMessage({ id: index, task: toTask(path) });
    }
  };

  try {
    for (let i = 0; i < Math.max(1, options.jobs); i++) slots.push(spawn());
    for (;;) {
      await fill();
      while (done.has(next)) {
        const result = done.get(next)!;
        done.delete(next);
        next++;
        yield result;
        await fill();
      }
      if (exhausted && next === dispatched) return;
      await settled();
    }
  } finally {
    for (const slot of slots) if (slot.current) clearTimeout(slot.current.timer);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
