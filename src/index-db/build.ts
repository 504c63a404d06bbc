/**
 * `inspect index`: parse files into an index database, incrementally. Every
 * input file is hashed; one whose sha256 the index already holds for its
 * path is not parsed again. The rest are parsed on the batch pool (the
 * workers give back rows, not JSON) and written in input order, a batch of
 * files per transaction: an interrupted run leaves the batches it committed,
 * and the next run carries on from there. Inputs in the same order give the
 * same rows.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { parseOrdered } from '../batch/pool.js';
import type { TaskResult } from '../batch/task.js';
import { expandInputs } from '../batch/walk.js';
import type { Region } from '../dates/index.js';
import { openIndex } from './open.js';
import { createStore } from './store.js';
import type { EngineName } from './sqlite.js';

export interface IndexOptions {
  /** The database file (created if missing). */
  db: string;
  /** Which files of a directory to take, by name. */
  match: (name: string) => boolean;
  /**
   * Of the files of one name in one directory in several formats, index the
   * richest only (as `parse` reads them, see batch/walk.ts), and drop what
   * the index holds of the others: one report in two formats would be two
   * inspections of its authority.
   */
  richest?: boolean;
  onRicher?: (taken: string, instead: string[]) => void;
  jobs: number;
  /** Time budget per file, in milliseconds. */
  timeout: number;
  /** Drop the rows of indexed files that no longer exist. */
  prune?: boolean;
  from?: string;
  region?: Region;
  engine?: EngineName;
  /** Called after each file, parsed or not. */
  onFile?: (event: FileEvent) => void;
}

export type FileEvent =
  | { path: string; status: 'added' | 'updated' | 'unchanged' }
  | { path: string; status: 'failed'; message: string; problem: Extract<TaskResult, { ok: false }>['problem'] };

export interface IndexSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Indexed files that no longer exist: dropped with `prune`, else only counted. */
  gone: number;
  removed: number;
  /** Indexed files passed over this time for a richer format of the same name beside them, and dropped. */
  replaced: number;
  /** Reports in the index afterwards. */
  reports: number;
}

/** Files per transaction: few enough that an interruption loses little, many enough that commits cost little. */
const BATCH_FILES = 64;
/** …and at most this long between commits. */
const BATCH_MS = 2000;

export async function indexFiles(inputs: readonly string[], options: IndexOptions): Promise<IndexSummary> {
  const db = await openIndex(options.db, { write: true, ...(options.engine && { engine: options.engine }) });
  try {
    const store = createStore(db);
    const known = store.files();
    const summary: IndexSummary = { added: 0, updated: 0, unchanged: 0, failed: 0, gone: 0, removed: 0, replaced: 0, reports: 0 };
    const passedOver = new Set<string>();
    const seen = new Set<string>();

    // Files whose bytes the index does not hold yet; the unchanged are counted on the way.
    async function* changed(): AsyncGenerator<string> {
      const onRicher = (taken: string, instead: string[]) => {
        for (const path of instead) passedOver.add(path);
        options.onRicher?.(taken, instead);
      };
      for await (const path of expandInputs([...inputs], { match: options.match, ...(options.richest && { richest: true, onRicher }) })) {
        if (seen.has(path)) continue;
        seen.add(path);
        const sha256 = known.has(path) ? await hashFile(path) : null;
        if (sha256 !== null && sha256 === known.get(path)) {
          summary.unchanged++;
          options.onFile?.({ path, status: 'unchanged' });
          continue;
        }
        yield path;
      }
    }

    let pending = 0;
    let since = Date.now();
    const commit = () => {
      if (pending > 0) db.commit();
      pending = 0;
      since = Date.now();
    };
    const results = parseOrdered(changed(), (path) => ({ path, output: 'rows', ...(options.from && { from: options.from }), ...(options.region && { region: options.region }) }), {
      jobs: options.jobs,
      timeout: options.timeout,
    });
    try {
      for await (const result of results) {
        if (pending === 0) db.begin();
        pending++;
        write(store, known, result, summary, options.onFile);
        if (pending >= BATCH_FILES || Date.now() - since >= BATCH_MS) commit();
      }
      commit();
    } catch (error) {
      if (pending > 0) db.rollback();
      throw error;
    }

    for (const path of passedOver) {
      if (!seen.has(path) && known.has(path) && store.remove(path)) summary.replaced++;
    }
    for (const path of known.keys()) {
      if (seen.has(path) || passedOver.has(path) || (await exists(path))) continue;
      summary.gone++;
      if (options.prune && store.remove(path)) summary.removed++;
    }
    summary.reports = Number(db.prepare('SELECT count(*) AS n FROM reports').get<{ n: number }>()!.n);
    return summary;
  } finally {
    db.close();
  }
}

function write(store: ReturnType<typeof createStore>, known: Map<string, string>, result: TaskResult, summary: IndexSummary, onFile: IndexOptions['onFile']): void {
  const { path } = result;
  if (!result.ok) {
    // A file that cannot be read any more no longer stands for what the index holds of it.
    store.remove(path);
    summary.failed++;
    onFile?.({ path, status: 'failed', message: result.message, problem: result.problem });
    return;
  }
  store.put({ path, sha256: result.sha256!, bytes: result.bytes! }, result.rows!, known.has(path));
  const status = known.has(path) ? 'updated' : 'added';
  summary[status]++;
  onFile?.({ path, status });
}

async function hashFile(path: string): Promise<string | null> {
  try {
    return createHash('sha256').update(await readFile(path)).digest('hex');
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
