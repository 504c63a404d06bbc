/**
 * The PDF floor: the least any tool built on pdf.js does. Reads the PDFs
 * named after `--jobs <n>` on n worker threads, each taking the next file
 * when it is done with one: opens the document, calls getTextContent on
 * every page and joins the strings. It loads pdf.js through inspect's own
 * loader (src/read/pdf/pdfjs.ts, built: the built-ins that the legacy
 * build's polyfills replace put back, no canvas) with the same options, so
 * the gap to `inspect` is everything `inspect` does beyond reading text:
 * the fonts' names (an operator list for each page that brings a new font),
 * layout, markdown, extraction, JSON.
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
  const next = (worker) => {
    const path = queue.shift();
    if (path === undefined) void worker.terminate();
    else worker.postMessage(path);
  };
  for (let i = 0; i < Math.min(jobs, queue.length); i++) {
    const worker = new Worker(new URL(import.meta.url));
    worker.on('message', (chars) => {
      process.stdout.write(`${chars}\n`);
      next(worker);
    });
    worker.on('error', (error) => {
      process.stderr.write(`${error?.stack ?? error}\n`);
      process.exitCode = 1;
    });
    next(worker);
  }
} else {
  const { loadPdfJs, openDocument, readTextOnly } = await import('../dist/read/pdf/pdfjs.js');
  readTextOnly();
  const pdfjs = await loadPdfJs();
  parentPort.on('message', (path) => read(path).then((chars) => parentPort.postMessage(chars)));
  async function read(path) {
    const doc = await openDocument(pdfjs, readFileSync(path)).promise;
    let chars = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      chars += content.items.map((item) => item.str ?? '').join('').length;
      page.cleanup();
    }
    await doc.destroy();
    return chars;
  }
}
