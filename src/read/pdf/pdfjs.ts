/**
 * Loading pdf.js (its legacy build, which runs on Node 20 without a worker),
 * once per thread, so that it reads text the same on every platform and
 * leaves the thread as it found it.
 *
 * At load, pdf.js on Node requires "@napi-rs/canvas" (a 32 MB native module,
 * an optional dependency with one prebuilt binary per platform) to polyfill
 * DOMMatrix, ImageData and Path2D, and builds one DOMMatrix at module level.
 * Where the binary cannot load (a platform without one; a tarball packed on
 * Linux, which bundles the Linux binary, installed on macOS), that
 * `new DOMMatrix()` threw "DOMMatrix is not defined" and every PDF failed.
 * Text extraction never renders: none of the three is used after the load
 * (the same JSON for every corpus PDF without them), so without canvas pdf.js
 * gets stand-ins for the load only, and its "Cannot load" warnings are not
 * passed on to the user's stderr.
 */
/// <reference path="./pdfjs-worker.d.ts" />
import Module, { createRequire } from 'node:module';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Built-ins that the legacy build's core-js polyfills replace on Node 20
 * (V8 11.3) even though Node has them: `Array.prototype.push` (for an error
 * on non-writable lengths) and `JSON.stringify`/`JSON.parse` (for
 * `JSON.rawJSON`, which neither pdf.js nor we use). The replacements are
 * plain JavaScript, and once pdf.js is loaded they run for every push and
 * every JSON call in the thread: ours, remark's and pdf.js's own. On Node 22
 * and later nothing is replaced and this is a no-op.
 */
const NATIVES: Array<[object, PropertyKey]> = [
  [Array.prototype, 'push'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
];

const CANVAS = '@napi-rs/canvas';

/** What pdf.js polyfills from canvas at load; only existence is checked, and one DOMMatrix built. */
const STAND_INS = {
  DOMMatrix: class DOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
  },
  ImageData: class ImageData {},
  Path2D: class Path2D {},
};

let canvasWanted = true;
let loading: Promise<PdfJs> | undefined;

/**
 * Set this thread up for threads that only read text and run nothing but
 * inspect (the command line's and the batch workers'). Call it before the
 * first PDF is read. A library caller's thread keeps pdf.js's defaults: it
 * may render with the same pdf.js, and its globals are its own.
 *
 * - "@napi-rs/canvas" is never loaded: nothing renders. Loading it cost
 *   about 55 ms of CPU and 21 MB of memory per process.
 * - DecompressionStream is taken away. pdf.js inflates a PDF's streams
 *   (contents, fonts, CMaps) with it when the global exists and with its own
 *   synchronous inflate when it does not (and when it fails: the bytes are
 *   the same either way). On Node each stream then went through web
 *   streams, a dozen promises and zlib on libuv's thread pool: the corpus's
 *   43 PDFs took 11% less CPU on 2 workers without it.
 */
export function readTextOnly(): void {
  canvasWanted = false;
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
}

/**
 * pdf.js, loaded once per thread, with the built-ins put back as they were.
 * Its "fake worker" (the core that runs in this thread when there is no
 * worker) is imported here too, so that its own polyfills run now and not
 * at the first getDocument, after the built-ins were put back.
 */
export function loadPdfJs(): Promise<PdfJs> {
  return (loading ??= (async () => {
    const saved = NATIVES.map(([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)!] as const);
    const undo = (canvasWanted || canvasLoaded()) && canvasLoads() ? () => {} : withoutCanvas();
    try {
      const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const core = globalThis as { pdfjsWorker?: unknown };
      core.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      undo();
      for (const [owner, key, descriptor] of saved) Object.defineProperty(owner, key, descriptor);
    }
  })());
}

/** The require pdf.js uses, resolving from where pdf.js is. */
function pdfjsRequire(): NodeJS.Require {
  return createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
}

/** Canvas already loaded in this thread (by the caller): then it costs nothing to let pdf.js have it. */
function canvasLoaded(): boolean {
  const require = pdfjsRequire();
  try {
    return require.cache[require.resolve(CANVAS)]?.loaded === true;
  } catch {
    return false;
  }
}

function canvasLoads(): boolean {
  try {
    pdfjsRequire()(CANVAS);
    return true;
  } catch {
    return false;
  }
}

/**
 * Set pdf.js up to load without canvas; returns what puts the thread back.
 * The stand-ins are globals only while pdf.js loads. Where the package is
 * installed (its binary may not be), pdf.js's require of it gets an empty
 * module from require.cache, so the native module is never loaded and
 * pdf.js has nothing to warn about; where it is not installed at all, the
 * require fails and the one warning pdf.js writes about it is held back.
 */
function withoutCanvas(): () => void {
  const global = globalThis as Record<string, unknown>;
  const added = Object.entries(STAND_INS).filter(([name]) => global[name] === undefined);
  for (const [name, standIn] of added) global[name] = standIn;
  const require = pdfjsRequire();
  let cached: string | undefined;
  try {
    cached = require.resolve(CANVAS);
  } catch {
    // Not installed: nothing to put in the cache.
  }
  if (cached !== undefined) {
    const empty = new Module(cached);
    empty.filename = cached;
    empty.loaded = true;
    require.cache[cached] = empty;
  }
  const warn = console.warn;
  if (cached === undefined) {
    console.warn = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith(`Warning: Cannot load "${CANVAS}"`)) return;
      warn.apply(console, args);
    };
  }
  return () => {
    console.warn = warn;
    if (cached !== undefined) delete require.cache[cached];
    for (const [name] of added) delete global[name];
  };
}

/**
 * The document pdf.js's font loader adds font faces to: a stand-in that keeps
 * nothing. With font faces disabled (pdf.js's default on Node), the operator
 * list that brings a font's name (text.ts) also built and posted the outline
 * of every glyph the page shows, for drawing text without fonts; with them
 * enabled, the loader hands each font to a style sheet once and the glyphs
 * are left alone. The 43 PDFs of the bench took about 3% less CPU.
 */
const NO_DOCUMENT = {
  createElement: () => ({ sheet: { insertRule() {}, cssRules: [] }, remove() {} }),
  documentElement: { getElementsByTagName: () => [{ append() {} }] },
};

/**
 * Open a document the way text extraction wants it (the tool and the bench's
 * bare pdf.js floor open it alike): no eval, no system fonts, font faces
 * into a document that keeps nothing, no image decoding, errors only.
 */
export function openDocument(pdfjs: PdfJs, bytes: Uint8Array): ReturnType<PdfJs['getDocument']> {
  return pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: NO_DOCUMENT,
    useSystemFonts: false,
    stopAtErrors: false,
    // Images are never needed for text: skip decoding them.
    maxImageSize: 1,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
}
