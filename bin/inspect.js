#!/usr/bin/env node
// A shim: all behaviour lives in the bundled CLI (`npm install` builds it through `prepare`;
// scripts/bundle.js says why it is bundled).
import { tuneTiering } from '../dist/cli/tiering.js';

// Before any of the CLI is loaded, so that every function it runs, and every worker, gets the flags.
tuneTiering();
const { run } = await import('../dist/cli-bundle/main.js');

// A reader that goes away (`inspect parse big.md | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
