/**
 * One unit of batch work: read a file, parse it, serialise the report. Runs
 * in a worker thread or in the main thread alike, and never throws: a
 * failure is a result, so one bad file cannot stop a batch.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Region } from '../dates/index.js';
import { fileError, InputError, type DocumentProblem, type InputProblem } from '../read/input.js';
import type { ReportRows } from '../index-db/rows.js';

export interface Task {
  path: string;
  from?: string;
  region?: Region;
  /** Decode report text in this encoding (`--encoding`). */
  encoding?: string;
  /** What to give back: the report as JSON text (default), or as the rows of the index database. */
  output?: 'json' | 'rows';
}

export type TaskResult =
  | {
      ok: true;
      path: string;
      /** The report as JSON; for an NDJSON input, its reports one per line. */
      json: string;
      warnings: number;
      /** With `output: 'rows'` (and then no JSON): each report as the index's rows, and the file's sha256. */
      rows?: ReportRows[];
      sha256?: string;
      bytes?: number;
    }
  | { ok: false; path: string; problem: InputProblem | DocumentProblem | 'timeout' | 'internal'; message: string };

export async function runTask(task: Task): Promise<TaskResult> {
  const { path } = task;
  try {
    const bytes = readInput(path);
    const options = { path, ...(task.from && { from: task.from }), ...(task.region && { region: task.region }), ...(task.encoding && { encoding: task.encoding }) };
    const hash = createHash('sha256').update(bytes).digest('hex');
    const { parseInput } = await import('../parse-input.js');
    const reports = await parseInput(bytes, { ...options, source: { bytes: bytes.length, sha256: hash } });
    const warnings = reports.reduce((n, report) => n + report.diagnostics.filter((d) => d.severity !== 'info').length, 0);
    if (task.output === 'rows') {
      const { reportRows } = await import('../index-db/rows.js');
      return { ok: true, path, json: '', warnings, rows: reports.map(reportRows), sha256: hash, bytes: bytes.length };
    }
    return { ok: true, path, json: reports.map((report) => JSON.stringify(report)).join('\n'), warnings };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, path, problem: error.problem, message: error.message };
    return { ok: false, path, problem: 'internal', message: `${path}: internal error: ${(error as Error).message}` };
  }
}

/**
 * The file's bytes, read synchronously: a worker does one file at a time, and
 * the asynchronous stat, open, read and close were five trips through libuv's
 * thread pool per file, each waking a pool thread and then the worker.
 */
function readInput(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw fileError(path, error);
  }
}
