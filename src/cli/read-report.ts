/**
 * Read one input (a path or "-") into a report model. Report text is parsed;
 * JSON printed by `inspect parse` is checked against the schema instead, so
 * that `inspect parse r.md | inspect recommendations -` works. HTML, DOCX and
 * PDF (found by their first bytes, else their extension, or named with
 * `--input-format`) go through the document readers to the same model.
 */
import { Option } from 'commander';
import { readFile, stat } from 'node:fs/promises';
import { FORMAT_NAMES, type FormatName } from '../read/detect.js';
import { fileError, InputError } from '../read/input.js';
import type { ParseOptions } from '../parse-report.js';
import type { Report } from '../schema/report.js';
import { readAll, say, type Io } from './io.js';
import { exitCodeForProblem } from './outcome.js';

export interface ReadOptions extends Omit<ParseOptions, 'format'> {
  /** Read the input as this format instead of detecting it. */
  format?: FormatName;
  /** Decode report text in this encoding instead of UTF-8 or a guess. */
  encoding?: string;
}

/** `--encoding`: text that is not UTF-8 names its encoding outright (Windows-1252 is guessed, and the report says so). */
export function encodingOption(): Option {
  return new Option('--encoding <name>', 'decode report text in this encoding (e.g. windows-1252) instead of UTF-8');
}

/** `--input-format`: named so, because `--from` is the start date of the clock. */
export function inputFormatOption(): Option {
  return new Option('--input-format <format>', 'read the input as this format instead of detecting it from its bytes and extension').choices(
    FORMAT_NAMES,
  );
}

export async function readBytes(path: string, io: Io): Promise<Buffer> {
  if (path === '-') {
    // A person who typed `inspect parse -` at a terminal would otherwise see nothing happen.
    if ((io.stdin as { isTTY?: boolean }).isTTY) say(io, 'reading a report from standard input (paste it, then press Ctrl-D; or give a file name)');
    return readAll(io.stdin);
  }
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is-directory', 'is a directory, not a report file');
    return await readFile(path);
  } catch (error) {
    throw fileError(path, error);
  }
}

/** One report: report text or a document is parsed; JSON must hold exactly one report. */
export async function readReport(path: string, io: Io, options: ReadOptions = {}): Promise<Report> {
  return (await read(path, io, options, 'one'))[0]!;
}

/** Every report an input holds: one for report text or a document; for JSON, one, or one per line of NDJSON. */
export async function readReports(path: string, io: Io, options: ReadOptions = {}): Promise<Report[]> {
  return read(path, io, options, 'many');
}

async function read(path: string, io: Io, options: ReadOptions, count: 'one' | 'many'): Promise<Report[]> {
  const bytes = await readBytes(path, io);
  const { parseInput } = await import('../parse-input.js');
  return parseInput(bytes, { ...options, path, count });
}

/** The exit code for an input problem. */
export function exitCodeOf(error: InputError): number {
  return exitCodeForProblem(error.problem);
}
