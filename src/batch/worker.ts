/**
 * Worker thread entry: runs the tasks the pool posts, one after another and
 * in the order posted (the pool posts the next file before this one is done).
 * Each file is announced as it starts, so that the pool's clock counts its
 * parse and not the worker's start or the file before it.
 */
import { parentPort } from 'node:worker_threads';
import { readTextOnly } from '../read/pdf/pdfjs.js';
import { runTask, type Task, type TaskResult } from './task.js';

// A worker only reads text: pdf.js needs no canvas here.
readTextOnly();

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', ({ id, task }: { id: number; task: Task }) => {
  queue = queue.then(async () => {
    let result: TaskResult;
    parentPort!.postMessage({ id, started: true });
    try {
      result = await runTask(task);
    } catch (error) {
      // runTask turns every failure into a result; this only keeps a surprise from stopping the files after it.
      result = { ok: false, path: task.path, problem: 'internal', message: `${task.path}: internal error: ${(error as Error).message}` };
    }
    parentPort!.postMessage({ id, result });
  });
});
