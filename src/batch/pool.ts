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
/**
 * Files posted to a worker ahead of its results. With one at a time a worker
 * sat idle between files until the main thread, sharing the cores with the
 * workers and the garbage collector, came round to post the next one.
 */
const DEPTH = 2;

interface Posted {
  index: number;
  path: string;
}

interface Slot {
  worker: Worker;
  /** What the worker has been given, in the order it runs them: the first is running. */
  queue: Posted[];
  /** The time budget of the running file. */
  timer: NodeJS.Timeout | null;
}

export async function* parseOrdered(
  paths: AsyncIterable<string>,
  toTask: (path: string) => Task,
  options: PoolOptions,
): AsyncGenerator<TaskResult> {
  const script = new URL('./worker.js', import.meta.url);
  // Running from the TypeScript sources (tests), there is no compiled worker: parse in this thread.
  if (!existsSync(fileURLToPath(script))) {
    for await (const path of paths) {
      yield await runTask(toTask(path));
      // runTask reads its file synchronously (a worker does nothing else meanwhile); here, let what else this
      // thread does (the walk counting the files for the progress bar) run between files.
      await new Promise((resolve) => setImmediate(resolve));
    }
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

  const post = (slot: Slot, posted: Posted) => {
    slot.queue.push(posted);
    slot.worker.postMessage({ id: posted.index, task: toTask(posted.path) });
  };

  // The clock starts when the worker says it has begun the file: a worker's start (a second or two on a loaded machine) is not the file's time.
  const startClock = (slot: Slot, id: number) => {
    const running = slot.queue[0];
    if (running?.index !== id || slot.timer) return;
    slot.timer = setTimeout(() => {
      const seconds = options.timeout / 1000;
      replace(slot, { ok: false, path: running.path, problem: 'timeout', message: `${running.path}: took longer than ${seconds}s to parse; skipped` });
    }, options.timeout);
  };

  /** Record the running file's result. */
  const finish = (slot: Slot, id: number, result: TaskResult) => {
    if (slot.queue[0]?.index !== id) return;
    clearTimeout(slot.timer!);
    slot.timer = null;
    done.set(id, result);
    slot.queue.shift();
    notify();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script), queue: [], timer: null };
    slot.worker.on('message', (message: { id: number; started: true } | { id: number; result: TaskResult }) =>
      'started' in message ? startClock(slot, message.id) : finish(slot, message.id, message.result),
    );
    slot.worker.on('error', (error) => {
      const path = slot.queue[0]?.path ?? '';
      replace(slot, { ok: false, path, problem: 'internal', message: `${path}: internal error: ${error.message}` });
    });
    return slot;
  };

  /** Give the running file `result`, end the worker, and give the files waiting on it to a new one. */
  const replace = (slot: Slot, result: TaskResult) => {
    const [running, ...waiting] = slot.queue;
    slot.queue = running ? [running] : [];
    if (running) finish(slot, running.index, result);
    void slot.worker.terminate();
    const at = slots.indexOf(slot);
    if (at < 0) return;
    const fresh = spawn();
    slots[at] = fresh;
    for (const posted of waiting) post(fresh, posted);
  };

  const fill = async () => {
    // Round by round, so that every worker has a file before any has a second.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of slots) {
        if (slot.queue.length >= depth) continue;
        if (exhausted || dispatched - next >= options.jobs * WINDOW) return;
        const item = await iterator.next();
        if (item.done) {
          exhausted = true;
          return;
        }
        post(slot, { index: dispatched++, path: item.value });
      }
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
    for (const slot of slots) clearTimeout(slot.timer ?? undefined);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
