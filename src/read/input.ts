/**
 * Bytes → text, refusing what is not text: the first place where bad input
 * becomes a clear, one-line error with its own exit code.
 */
export type InputProblem = 'not-found' | 'is-directory' | 'unreadable' | 'empty' | 'binary' | 'encoding' | 'invalid-json';

/** Why a published document (PDF, DOCX, HTML) cannot be read. */
/** `not-a-report`: a file of another kind (an image, an archive) whatever its name says. */
export type DocumentProblem = 'unsupported' | 'not-a-report' | 'corrupt' | 'encrypted' | 'no-text' | 'too-large' | 'timeout';

/** Input that cannot be read as a report: `message` is "<path>: <reason>", one line. */
export class InputError extends Error {
  readonly problem: InputProblem | DocumentProblem;
  readonly path: string;

  constructor(path: string, problem: InputProblem | DocumentProblem, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'InputError';
    this.path = path;
    this.problem = problem;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decode a report file. UTF-8 (with or without a byte-order mark) and UTF-16
 * with a byte-order mark are text; NUL bytes or bytes that are not valid
 * UTF-8 are refused rather than guessed at, so nothing is silently mangled.
 */
export function decodeInput(bytes: Uint8Array, path: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return checkText(text, path);
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(path, 'binary', 'is a binary file (it contains NUL bytes), not a report');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(path, 'encoding', `is not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first`);
  }
  if (text.includes('\u0000')) throw new InputError(path, 'binary', 'is a binary file (it contains NUL bytes), not a report');
  return checkText(text, path);
}

function checkText(text: string, path: string): string {
  if (text.trim().length === 0) throw new InputError(path, 'empty', text.length === 0 ? 'is empty' : 'contains only whitespace');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/**
 * HTML is UTF-8 (or UTF-16 with a byte-order mark) as every other text
 * input; a page that declares a single-byte charset in a `<meta>` tag is
 * read in that charset. Leading byte-order marks are dropped.
 */
export function decodeHtml(bytes: Uint8Array, path: string): string {
  let text: string;
  try {
    text = decodeInput(bytes, path);
  } catch (error) {
    const charset = declaredCharset(bytes);
    if (!(error instanceof InputError) || error.problem !== 'encoding' || !charset) throw error;
    text = new TextDecoder(charset).decode(bytes);
  }
  return text.replace(/^\uFEFF+/, '');
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const name = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!name || name === 'utf-8' || name === 'utf8') return null;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}
