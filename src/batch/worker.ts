/**
 * Worker thread entry: runs the tasks the pool posts, one after another and
 * in the order posted (the pool posts the next file before this one is done,
 * and starts each file's clock when the one before it ends).
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task, type TaskResult } from './task.js';

let queue: Promise<void> = Promise.resolve();

parentPort?.on('message', ({ id, task }: { id: number; task: Task }) => {
  queue = queue.then(async () => {
    let result: TaskResult;
    try {
      result = await runTask(task);
    } catch (error) {
      // runTask turns every failure into a result; this only keeps a surprise from stopping the files after it.
      result = { ok: false, path: task.path, problem: 'internal', message: `${task.path}: internal error: ${(error as Error).message}` };
    }
    parentPort!.postMessage({ id, result });
  });
});
