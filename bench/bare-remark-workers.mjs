/**
 * The parallel baseline: bare-remark.mjs on worker threads. Parses the files
 * named after `--jobs <n>` on n workers, one file at a time each, and prints
 * each tree as a JSON line as it arrives — what a batch costs without any
 * extraction, so the benchmark can tell the parallel gain remark itself
 * allows from what `inspect` makes of it.
 */
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

if (isMainThread) {
  // The same V8 tiering as the command line (src/cli/tiering.ts), so that the gap is what inspect does, not its flags.
  const { tuneTiering } = await import('../dist/cli/tiering.js');
  tuneTiering();
  const args = process.argv.slice(2);
  const at = args.indexOf('--jobs');
  const jobs = at >= 0 ? Number(args.splice(at, 2)[1]) : 1;
  const queue = [...args];
  let running = 0;
  const next = (worker) => {
    const path = queue.shift();
    if (path === undefined) {
      void worker.terminate();
      return;
    }
    worker.postMessage(path);
  };
  for (let i = 0; i < Math.min(jobs, queue.length); i++) {
    const worker = new Worker(new URL(import.meta.url));
    running++;
    worker.on('message', (json) => {
      process.stdout.write(`${json}\n`);
      next(worker);
    });
    worker.on('exit', () => running--);
    next(worker);
  }
} else {
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const processor = unified().use(remarkParse).freeze();
  parentPort.on('message', (path) => parentPort.postMessage(JSON.stringify(processor.parse(readFileSync(path, 'utf8')))));
}
