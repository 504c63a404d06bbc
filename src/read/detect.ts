/**
 * Which reader a file needs: from its first bytes (a PDF header, a zip
 * holding `word/`, an HTML document start), then from its extension, else
 * markdown. An explicit format always wins. Also the one error type of the
 * document readers, so that every bad file ends as one clear line.
 */
import type { InputFormat } from '../schema/report.js';
import { InputError, type DocumentProblem } from './input.js';

/** Names accepted for an explicit format (`--input-format`). */
export const FORMAT_NAMES = ['md', 'markdown', 'text-from-pdf', 'html', 'docx', 'pdf'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface Detected {
  /** The format to read, or null for a recognised format no reader handles. */
  format: InputFormat | null;
  /** How it was decided. */
  by: 'option' | 'content' | 'extension' | 'default';
  /** For an unsupported format: what the file is ("a Word 97-2003 .doc file"). */
  kind?: string;
  /** The file is no document at all (an image, an archive), whatever its name says. */
  notADocument?: boolean;
}

export type { DocumentProblem };

/** A published document that cannot be read: an input error like any other, with a document's reasons. */
export class DocumentError extends InputError {
  declare readonly problem: DocumentProblem;

  constructor(path: string, problem: DocumentProblem, reason: string) {
    super(path, problem, reason);
    this.name = 'DocumentError';
  }
}

export function formatOfName(name: FormatName | InputFormat): InputFormat {
  return name === 'md' ? 'markdown' : name;
}

const EXTENSIONS: Record<string, InputFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'markdown',
  text: 'markdown',
};

export function detectFormat(bytes: Uint8Array, path: string, explicit?: FormatName | InputFormat): Detected {
  if (explicit) return { format: formatOfName(explicit), by: 'option' };
  const content = sniff(bytes);
  if (content) return { ...content, by: 'content' };
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  const byExt = ext ? EXTENSIONS[ext] : undefined;
  // An image or an archive under a document's name ("x.pdf" that is a PNG) is no report, and says what it is.
  // (A zip under a Word name is left to the DOCX reader, which says what part it lacks.)
  const other = byExt === 'docx' ? null : otherKind(bytes);
  if (other) return { format: null, by: 'content', kind: byExt && byExt !== 'markdown' ? `${other}, not ${ARTICLE[byExt]}` : other, notADocument: true };
  if (byExt) return { format: byExt, by: 'extension' };
  if (ext === 'doc') return { format: null, by: 'extension', kind: 'a Word 97-2003 .doc file' };
  return { format: 'markdown', by: 'default' };
}

function sniff(bytes: Uint8Array): Omit<Detected, 'by'> | null {
  const head = latin1(bytes.subarray(0, 1024));
  // The PDF header may follow a little junk (PDF 1.7, annex H).
  if (head.includes('%PDF-')) return { format: 'pdf' };
  if (head.startsWith('PK\u0003\u0004')) {
    if (head.includes('mimetype') && head.includes('application/vnd.oasis.opendocument')) {
      return { format: null, kind: 'an OpenDocument file (.odt); save it as .docx or PDF' };
    }
    if (zipHasWordPart(bytes)) return { format: 'docx' };
    return null;
  }
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1')) {
    return { format: null, kind: 'a Word 97-2003 .doc file (or another OLE document); save it as .docx or PDF' };
  }
  if (head.startsWith('{\\rtf')) return { format: null, kind: 'an RTF file; save it as .docx or PDF' };
  const start = head
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .replace(/^(?:\s+|<\?xml[^>]*>|<!--[\s\S]*?-->)+/, '')
    .slice(0, 20)
    .toLowerCase();
  if (/^<(?:!doctype\s+html|html|head|body)\b/.test(start)) return { format: 'html' };
  return null;
}

const ARTICLE: Record<InputFormat, string> = { pdf: 'a PDF', docx: 'a Word document', html: 'an HTML page', markdown: 'text', 'text-from-pdf': 'text' };

/** What a file of no document format is, from its first bytes: images and archives people save reports beside. */
function otherKind(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 16));
  if (head.startsWith('\u0089PNG\r\n\u001a\n')) return 'a PNG image';
  if (head.startsWith('\u00ff\u00d8\u00ff')) return 'a JPEG image';
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'a GIF image';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'a WebP image';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) return 'a ZIP archive';
  if (head.startsWith('\u001f\u008b')) return 'a gzip archive';
  return null;
}

/** A Word document is a zip with a `word/` part; its name is in the local headers and the central directory. */
function zipHasWordPart(bytes: Uint8Array): boolean {
  const ends = [bytes.subarray(0, 65536), bytes.subarray(Math.max(0, bytes.length - 65536))];
  return ends.some((part) => latin1(part).includes('word/'));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
