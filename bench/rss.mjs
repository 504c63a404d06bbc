/**
 * Loaded with `node --import` by the benchmark: on exit, write this process's
 * peak resident set size (kilobytes, worker threads included) to the file
 * named by BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.BENCH_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
