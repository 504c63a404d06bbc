/**
 * DOCX → HTML with mammoth (italic and bold runs, heading styles, lists,
 * tables), then the HTML reader. Positions point into this generated HTML,
 * which has one block element per line.
 *
 * Word numbers paragraphs itself ("17.", "4.17"), and mammoth leaves the
 * numbers out; so they are worked out here from numbering.xml, in document
 * order, and written at the start of each numbered paragraph, where the
 * extractor reads paragraph numbers.
 */
import { inflateRawSync } from 'node:zlib';
import { DocumentError } from './detect.js';

export interface DocxOptions {
  /** The path for messages ("-" for standard input). */
  path?: string;
  /** Time allowed for the conversion, in milliseconds. */
  timeoutMs?: number;
}

// Word's title styles are headings too; mammoth maps Heading 1–6 itself.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export interface DocxHtml {
  html: string;
  /** What could not be recovered, as rule and message. */
  notes: Array<{ rule: string; message: string }>;
}

export async function docxToHtml(bytes: Uint8Array, options: DocxOptions = {}): Promise<DocxHtml> {
  const path = options.path ?? '-';
  const { default: mammoth } = await import('mammoth');
  let timer: NodeJS.Timeout | undefined;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DocumentError(path, 'timeout', `took longer than ${timeoutMs / 1000} s to convert`)), timeoutMs);
  });
  const notes: DocxHtml['notes'] = [];
  try {
    const result = await Promise.race([
      mammoth.convertToHtml(
        { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
        {
          transformDocument: (document: MammothElement) => {
            const problem = writeNumbers(document, paragraphNumbers(bytes));
            if (problem) notes.push({ rule: 'docx-numbering', message: problem });
            return document;
          },
          styleMap: STYLE_MAP,
          ignoreEmptyParagraphs: true,
          externalFileAccess: false,
          // Images carry no report text: leave them out rather than inline them as data URIs.
          convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        },
      ),
      timeout,
    ]);
    return { html: result.value.replace(/(<\/(?:p|h[1-6]|table|tr|ul|ol|li)>|<br \/>)/g, '$1\n'), notes };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw docxError(error, path);
  } finally {
    clearTimeout(timer);
  }
}

function docxError(error: unknown, path: string): DocumentError {
  const message = (error as Error)?.message ?? String(error);
  if (/central directory|zip/i.test(message)) return new DocumentError(path, 'corrupt', 'is not a valid DOCX file (not a readable zip archive)');
  if (/main document part|word\/document\.xml/i.test(message)) {
    return new DocumentError(path, 'corrupt', 'is a zip archive but not a Word document (no word/document.xml)');
  }
  return new DocumentError(path, 'corrupt', `is not a readable DOCX file (${message.replace(/\s+/g, ' ').trim()})`);
}

// ---------------------------------------------------------------------------
// Word's paragraph numbers

interface MammothElement {
  type: string;
  children?: MammothElement[];
  numbering?: { isOrdered: boolean } | null;
  value?: string;
}

/**
 * Write each ordered paragraph's number at its start and drop its list
 * numbering, when there is one number for each such paragraph mammoth read;
 * otherwise leave the lists alone (the HTML reader then counts them) and
 * say why.
 */
function writeNumbers(document: MammothElement, numbers: string[] | null): string | null {
  const ordered: MammothElement[] = [];
  const visit = (element: MammothElement) => {
    if (element.type === 'paragraph' && element.numbering?.isOrdered) ordered.push(element);
    element.children?.forEach(visit);
  };
  visit(document);
  if (ordered.length === 0) return null;
  if (!numbers || ordered.length !== numbers.length) {
    return `Word's automatic paragraph numbers could not be worked out (${numbers ? `${numbers.length} numbers for ${ordered.length} numbered paragraphs` : 'numbering.xml unreadable'}): each numbered list is counted from its start instead`;
  }
  ordered.forEach((paragraph, index) => {
    paragraph.numbering = null;
    paragraph.children = [{ ...PLAIN_RUN, children: [{ type: 'text', value: `${numbers[index]} ` }] }, ...(paragraph.children ?? [])];
  });
  return null;
}

const PLAIN_RUN = {
  type: 'run',
  styleId: null,
  styleName: null,
  isBold: false,
  isUnderline: false,
  isItalic: false,
  isStrikethrough: false,
  isAllCaps: false,
  isSmallCaps: false,
  verticalAlignment: 'baseline',
  font: null,
  fontSize: null,
  highlight: null,
};

interface Level {
  start: number;
  format: string;
  text: string;
  style?: string;
}

/**
 * The numbers Word shows on the paragraphs mammoth reads as ordered list
 * items, in document order: the same paragraphs (numbered directly, or
 * through a style a numbering level names), counted per abstract numbering
 * as Word does, restarted where a numbering instance overrides its start.
 * Null when the parts cannot be read.
 */
function paragraphNumbers(bytes: Uint8Array): string[] | null {
  const numberingXml = zipEntry(bytes, 'word/numbering.xml');
  const documentXml = zipEntry(bytes, 'word/document.xml');
  if (numberingXml === null || documentXml === null) return null;

  const abstracts = new Map<string, Map<number, Level>>();
  for (const [, id, body] of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const [, ilvl, lvl] of body!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(ilvl), {
        start: Number(attr(lvl!, 'w:start') ?? 1),
        format: attr(lvl!, 'w:numFmt') ?? 'decimal',
        text: attr(lvl!, 'w:lvlText') ?? `%${Number(ilvl) + 1}.`,
        ...(attr(lvl!, 'w:pStyle') && { style: attr(lvl!, 'w:pStyle')! }),
      });
    }
    abstracts.set(id!, levels);
  }
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  for (const [, id, body] of numberingXml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstract = attr(body!, 'w:abstractNumId');
    if (abstract === undefined) continue;
    const starts = new Map<number, number>();
    for (const [, ilvl, override] of body!.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(override!, 'w:startOverride');
      if (start !== undefined) starts.set(Number(ilvl), Number(start));
    }
    nums.set(id!, { abstract, starts });
  }
  const byStyle = new Map<string, { abstract: string; level: number }>();
  for (const [abstract, levels] of abstracts) {
    for (const [level, def] of levels) if (def.style && !byStyle.has(def.style)) byStyle.set(def.style, { abstract, level });
  }

  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const out: string[] = [];
  // A paragraph's properties are its first child, if it has any.
  for (const [, inner] of documentXml.matchAll(/<w:p\b[^>]*>\s*(?:<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>)?/g)) {
    const pPr = inner ?? '';
    const numId = attr(pPr, 'w:numId');
    let abstract: string | undefined;
    let level = 0;
    if (numId !== undefined) {
      const num = nums.get(numId);
      if (!num) continue;
      abstract = num.abstract;
      level = Number(attr(pPr, 'w:ilvl') ?? 0);
      const start = num.starts.get(level);
      if (start !== undefined && !restarted.has(`${numId}:${level}`)) {
        restarted.add(`${numId}:${level}`);
        (counters.get(abstract) ?? counters.set(abstract, []).get(abstract)!)[level] = start - 1;
      }
    } else {
      const style = attr(pPr, 'w:pStyle');
      const linked = style === undefined ? undefined : byStyle.get(style);
      if (!linked) continue;
      ({ abstract, level } = linked);
    }
    const levels = abstracts.get(abstract);
    const def = levels?.get(level);
    if (!levels || !def || def.format === 'bullet') continue;
    const counter = counters.get(abstract) ?? counters.set(abstract, []).get(abstract)!;
    counter[level] = (counter[level] ?? def.start - 1) + 1;
    counter.length = level + 1;
    out.push(
      def.text
        .replace(/%(\d)/g, (_, k: string) => {
          const at = Number(k) - 1;
          const value = counter[at] ?? levels.get(at)?.start ?? 1;
          return formatNumber(value, levels.get(at)?.format ?? 'decimal');
        })
        .trim(),
    );
  }
  return out;
}

/** The w:val of the first `<name …/>` element in `xml`. */
function attr(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((Math.max(1, n) - 1) % 26));
  return letter.repeat(Math.floor((Math.max(1, n) - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let left = n;
  for (const [value, symbol] of table) {
    while (left >= value) {
      out += symbol;
      left -= value;
    }
  }
  return out;
}

/** Parts larger than this are not read for numbering (a zip bomb guard). */
const MAX_PART = 64 * 1024 * 1024;

/**
 * One entry of a zip archive as UTF-8 text, or null: the central directory
 * at the end names each entry and where its data starts; the data is stored
 * or deflated.
 */
function zipEntry(bytes: Uint8Array, name: string): string | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > data.length) return null;
  const entries = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries && at + 46 <= data.length; i++) {
    if (data.readUInt32LE(at) !== 0x02014b50) return null;
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30);
    const comment = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const entry = data.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (entry !== name) continue;
    if (size > MAX_PART || local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) return null;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + compressed);
    try {
      if (method === 0) return raw.toString('utf8');
      if (method === 8) return inflateRawSync(raw, { maxOutputLength: MAX_PART }).toString('utf8');
    } catch {
      return null;
    }
    return null;
  }
  return null;
}
