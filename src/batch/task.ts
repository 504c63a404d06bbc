/**
 * One unit of batch work: read a file, parse it, serialise the report. Runs
 * in a worker thread or in the main thread alike, and never throws: a
 * failure is a result, so one bad file cannot stop a batch.
 */
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Region } from '../dates/index.js';
import { parseReportAsync } from '../parse-report.js';
import { detectFormat } from '../read/detect.js';
import { decodeInput, InputError, type DocumentProblem, type InputProblem } from '../read/input.js';
import { looksLikeJson, reportFromJson } from '../read/report-json.js';

export interface Task {
  path: string;
  from?: string;
  region?: Region;
}

export type TaskResult =
  | { ok: true; path: string; json: string; warnings: number }
  | { ok: false; path: string; problem: InputProblem | DocumentProblem | 'timeout' | 'internal'; message: string };

export async function runTask(task: Task): Promise<TaskResult> {
  const { path } = task;
  try {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(path, error.code === 'ENOENT' ? 'not-found' : 'unreadable', error.code === 'ENOENT' ? 'no such file' : `cannot be read (${error.code})`);
    });
    if (info.isDirectory()) throw new InputError(path, 'is-directory', 'is a directory, not a report file');
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(path, 'unreadable', error.code === 'EACCES' ? 'permission denied' : `cannot be read (${error.code})`);
    });
    if (detectFormat(bytes, path).format !== 'markdown') {
      const { parseDocument } = await import('../parse-document.js');
      const report = await parseDocument(bytes, { path, ...(task.from && { from: task.from }), ...(task.region && { region: task.region }) });
      return { ok: true, path, json: JSON.stringify(report), warnings: report.diagnostics.filter((d) => d.severity !== 'info').length };
    }
    const text = decodeInput(bytes, path);
    if (looksLikeJson(text)) {
      const report = await reportFromJson(text, path);
      return { ok: true, path, json: JSON.stringify(report), warnings: report.diagnostics.filter((d) => d.severity !== 'info').length };
    }
    const report = await parseReportAsync(text, {
      path,
      ...(task.from && { from: task.from }),
      ...(task.region && { region: task.region }),
      source: { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
    });
    const warnings = report.diagnostics.filter((d) => d.severity !== 'info').length;
    return { ok: true, path, json: JSON.stringify(report), warnings };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, path, problem: error.problem, message: error.message };
    return { ok: false, path, problem: 'internal', message: `${path}: internal error: ${(error as Error).message}` };
  }
}
