/**
 * Bundle the command line into dist/cli-bundle/: `npm run build` runs this after tsc.
 *
 * Why: a cold `inspect parse` otherwise loads about 135 ES modules (ours,
 * commander, unified, micromark), and on Node 20, which has no compile cache,
 * resolving and compiling each one cost more than parsing the report. One
 * code-split bundle loads a handful of files; what a command loads lazily
 * (PDF, DOCX, tables, colour, zod) stays in chunks of its own, loaded only
 * when needed. The library entry (dist/index.js) is left as tsc writes it.
 *
 * Only the packages on the path of every run are bundled; the rest stay
 * external, because some of them load files or their own workers by path
 * (pdfjs-dist) or are CommonJS loaded through createRequire (date-holidays).
 */
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const BUNDLED = new Set(['commander', 'unified', 'remark-parse', 'mdast-util-gfm-table', 'micromark-extension-gfm-table']);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const OUT = 'dist/cli-bundle';

// Chunk names carry content hashes: clear the old ones rather than let them pile up.
rmSync(OUT, { recursive: true, force: true });

await build({
  // The worker is an entry of its own, next to the chunks, so that the pool's
  // `new URL('./worker.js', import.meta.url)` finds it from whichever chunk holds the pool.
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name)),
  // commander is CommonJS: its bundled require('node:events') needs a real require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
