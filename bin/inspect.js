#!/usr/bin/env node
// A shim: all behaviour lives in the compiled CLI (`npm install` builds it through `prepare`).
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
