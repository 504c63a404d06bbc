/**
 * PDFs read the same where pdf.js cannot load "@napi-rs/canvas": a platform
 * without its prebuilt binary (a tarball packed on Linux, which bundles the
 * Linux binary, installed on macOS), or an install without optional
 * dependencies. Each case is a copy of the package made of symlinks into this
 * one, missing the binary or the whole canvas package, run with Node's
 * --preserve-symlinks so that modules resolve inside the copy: the require
 * fails there exactly as it does on such a machine. And the threads the
 * command line sets up to read text only (no canvas, no DecompressionStream)
 * give the library's reports. Needs the build (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const PDF = 'fixtures/ofsted-norfolk-lac-2013/input.pdf';
const dir = mkdtempSync(join(tmpdir(), 'inspect-no-canvas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The package, linked entry by entry, with `@napi-rs` holding only `canvasEntries` of its own. */
function copyWithout(name: string, canvasEntries: string[]): string {
  const copy = join(dir, name);
  mkdirSync(join(copy, 'node_modules', '@napi-rs'), { recursive: true });
  for (const entry of ['bin', 'dist', 'package.json']) symlinkSync(join(ROOT, entry), join(copy, entry));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '@napi-rs') symlinkSync(join(ROOT, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  for (const entry of canvasEntries) symlinkSync(join(ROOT, 'node_modules', '@napi-rs', entry), join(copy, 'node_modules', '@napi-rs', entry));
  return copy;
}

function node(root: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cli = (root: string) => node(root, [join(root, 'bin', 'inspect.js'), 'parse', PDF]);
// The library (dist/index.js) in the caller's own thread, where pdf.js is let load canvas when it can.
const library = (root: string) =>
  node(root, [
    '--input-type=module',
    '-e',
    `import { readFileSync } from 'node:fs';
     const { parseDocument } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href)});
     process.stdout.write(JSON.stringify(await parseDocument(readFileSync(${JSON.stringify(PDF)}), { path: ${JSON.stringify(PDF)} })));`,
  ]);

let withCanvas: { cli: ReturnType<typeof node>; library: ReturnType<typeof node> };
beforeAll(() => {
  withCanvas = { cli: cli(ROOT), library: library(ROOT) };
}, 240_000);

describe.each([
  ['its native binary cannot load', ['canvas']],
  ['the canvas package is not installed', []],
])('a PDF where %s', (name, canvasEntries) => {
  const copy = copyWithout(name.replace(/\W+/g, '-'), canvasEntries);

  it('parses on the command line to the same JSON, with nothing on stderr', () => {
    const result = cli(copy);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(withCanvas.cli.stdout);
  }, 120_000);

  it('parses through the library to the same report, with nothing on stderr', () => {
    const result = library(copy);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(withCanvas.library.stdout);
  }, 120_000);
});

it('a batch on workers, which load pdf.js without canvas and without DecompressionStream, gives the reports the library gives in its own thread', async () => {
  const pdfs = [PDF, 'fixtures/ofsted-newham-ilacs-2019/input.pdf', 'fixtures/archive/' + readdirSync('fixtures/archive').find((name) => name.endsWith('.pdf'))!];
  const batch = spawnSync(process.execPath, [join(ROOT, 'bin', 'inspect.js'), 'parse', ...pdfs, '--jobs', '2'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  expect(batch.stderr).toBe('');
  const { parseDocument } = await import('../../src/index.js');
  const inThread = await Promise.all(pdfs.map(async (path) => JSON.stringify(await parseDocument(readFileSync(path), { path }))));
  expect(batch.stdout.trimEnd().split('\n')).toEqual(inThread);
}, 240_000);

it('the runs with canvas are the ones compared against', () => {
  expect(withCanvas.cli.code).toBe(0);
  expect(JSON.parse(withCanvas.cli.stdout).findings).toHaveLength(72);
  expect(withCanvas.library.stderr).toBe('');
  expect(JSON.parse(withCanvas.library.stdout).findings).toHaveLength(72);
});
