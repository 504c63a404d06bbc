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

/** The InputError for a file that could not be opened or read (an errno error from `node:fs`), one line naming the path. */
export function fileError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(path, 'not-found', 'no such file');
  if (code === 'EISDIR') return new InputError(path, 'is-directory', 'is a directory, not a report file');
  if (code === 'EACCES' || code === 'EPERM') return new InputError(path, 'unreadable', 'permission denied');
  return new InputError(path, 'unreadable', `cannot be read (${code ?? (error as Error).message})`);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decode a report file. UTF-8 (with or without a byte-order mark) and UTF-16
 * with a byte-order mark are text; NUL bytes or bytes that are not valid
 * UTF-8 are refused rather than guessed at, so nothing is silently mangled
 * (decodeText can guess Windows-1252, and say so).
 */
export function decodeInput(bytes: Uint8Array, path: string): string {
  return decodeText(bytes, path).text;
}

export interface DecodeOptions {
  /** Decode in this encoding (a WHATWG label: "windows-1252", "latin1", "utf-8"), detecting nothing. */
  encoding?: string;
  /** Text that is not UTF-8 but fits Windows-1252 is decoded as such, and `guessed` says so. */
  guess?: boolean;
}

/** Decoded text, and the encoding it was decoded in where that was not UTF-8 or UTF-16 with a byte-order mark. */
export interface DecodedText {
  text: string;
  /** The encoding's name, where it was named or guessed. */
  encoding?: string;
  /** The encoding was guessed from the bytes, not named. */
  guessed?: boolean;
}

export function decodeText(bytes: Uint8Array, path: string, options: DecodeOptions = {}): DecodedText {
  if (options.encoding !== undefined) {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(options.encoding, { fatal: true });
    } catch {
      throw new InputError(path, 'encoding', `cannot be decoded: "${options.encoding}" is not an encoding (try windows-1252, iso-8859-1 or utf-8)`);
    }
    let text: string;
    try {
      text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
    } catch {
      throw new InputError(path, 'encoding', `is not valid ${decoder.encoding} text`);
    }
    if (text.includes('\u0000')) throw new InputError(path, 'binary', 'is a binary file (it contains NUL bytes), not a report');
    return { text: checkText(text, path), encoding: decoder.encoding };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { text: checkText(text, path) };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(path, 'binary', 'is a binary file (it contains NUL bytes), not a report');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    if (options.guess && fitsWindows1252(bytes)) return { text: checkText(decodeWindows1252(bytes), path), encoding: 'windows-1252', guessed: true };
    const at = firstInvalidUtf8(bytes);
    throw new InputError(path, 'encoding', `is not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8 first`);
  }
  if (text.includes('\u0000')) throw new InputError(path, 'binary', 'is a binary file (it contains NUL bytes), not a report');
  return { text: checkText(text, path) };
}

/**
 * Bytes of Windows-1252 text never fit UTF-8 by chance, so where UTF-8
 * fails they are tried for the marks Word on Windows saves: every byte
 * above ASCII one Windows-1252 defines (its C1 gaps 0x81, 0x8D, 0x8F, 0x90,
 * 0x9D never are), no control characters but tab and the line ends, and
 * few such bytes (£, smart quotes, dashes, an accented letter), never runs
 * of them as other encodings and binary data have.
 */
function fitsWindows1252(bytes: Uint8Array): boolean {
  let high = 0;
  let run = 0;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
    if (b < 0x80) {
      run = 0;
      continue;
    }
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    high++;
    if (++run > ENCODING_GUESS.maxRun) return false;
  }
  return high > 0 && high / bytes.length <= ENCODING_GUESS.maxShare;
}

/** Windows-1252's characters for 0x80–0x9F (its gaps left as the C1 controls); the rest is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 by its table: Node's TextDecoder decodes the label as
 * Latin-1 where its ICU is small, which would turn smart quotes into C1
 * control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

/** How much of a text may be bytes above ASCII for Windows-1252 to be guessed. */
const ENCODING_GUESS = {
  /** At most this share of the bytes (English text has a few £, quotes and dashes a paragraph)… */
  maxShare: 0.1,
  /** …and never more than this many in a row (UTF-8 cut short, other encodings and binary data have runs). */
  maxRun: 2,
} as const;

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
    // decodeText, so that windows-1252 (what "iso-8859-1" names in HTML too) is decoded by its table.
    text = decodeText(bytes, path, { encoding: charset }).text;
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
