/** Worker thread entry: runs tasks posted by the pool. */
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './task.js';

parentPort?.on('message', async (message: { id: number; task: Task }) => {
  parentPort!.postMessage({ id: message.id, result: await runTask(message.task) });
});
