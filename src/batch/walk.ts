/**
 * Expand the inputs of a batch command (files, directories, "-") into a lazy
 * stream of file paths, in a stable order: arguments in the order given,
 * each directory's entries sorted by name. Lazy so that 10,000 files are
 * never listed in memory at once; symlink loops are walked once.
 */
import { opendir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface WalkOptions {
  /** Which files of a directory to take, by name. */
  match: (name: string) => boolean;
  /**
   * Of the files of one name in one directory in several formats ("x.pdf"
   * beside "x.txt"), take only the richest (see RICHEST), whether `match`
   * takes it or not; `onRicher` is told of each file taken instead.
   */
  richest?: boolean;
  onRicher?: (taken: string, instead: string[]) => void;
}

/**
 * Report formats from the richest down: a PDF keeps the layout, bold and
 * italic that the text copied out of it loses; a Word document and a web
 * page keep their structure; markdown marks some; plain text none.
 */
export const RICHEST = ['pdf', 'docx', 'html', 'htm', 'md', 'markdown', 'txt', 'text'] as const;

function richness(name: string): number {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const rank = (RICHEST as readonly string[]).indexOf(ext ?? '');
  return rank < 0 ? Number.POSITIVE_INFINITY : rank;
}

const stemOf = (name: string) => name.replace(/\.[^.]+$/, '').toLowerCase();

export const DEFAULT_MATCH = (name: string) => /\.(?:md|markdown|txt)$/i.test(name);

export async function* expandInputs(inputs: string[], options: WalkOptions = { match: DEFAULT_MATCH }): AsyncGenerator<string> {
  for (const input of inputs) {
    if (input === '-') {
      yield input;
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      // Let the reader report the missing file with its own message.
      yield input;
      continue;
    }
    if (info.isDirectory()) yield* walk(input, options, new Set());
    else yield input;
  }
}

/** The files taken, each replaced by the richest file of its name beside it (once, where several of its name were taken). */
function richestOf(
  names: Array<{ name: string; dir: boolean }>,
  formats: Map<string, string[]>,
  dir: string,
  onRicher: WalkOptions['onRicher'],
): Array<{ name: string; dir: boolean }> {
  const out: Array<{ name: string; dir: boolean }> = [];
  const done = new Set<string>();
  for (const entry of names) {
    const group = entry.dir ? undefined : formats.get(stemOf(entry.name));
    if (!group || group.length < 2) {
      out.push(entry);
      continue;
    }
    const stem = stemOf(entry.name);
    if (done.has(stem)) continue;
    done.add(stem);
    const best = [...group].sort((a, b) => richness(a) - richness(b))[0]!;
    out.push({ name: best, dir: false });
    onRicher?.(join(dir, best), group.filter((name) => name !== best).sort().map((name) => join(dir, name)));
  }
  return out;
}

async function* walk(dir: string, options: WalkOptions, seen: Set<string>): AsyncGenerator<string> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return;
  seen.add(real);
  let names: Array<{ name: string; dir: boolean }> = [];
  /** With `richest`: every file of a report format, by name without its extension. */
  const formats = new Map<string, string[]>();
  try {
    for await (const entry of await opendir(dir)) {
      const path = join(dir, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory() === true);
      const isFile = !isDir && (entry.isFile() || entry.isSymbolicLink());
      if (isFile && options.richest && richness(entry.name) < Number.POSITIVE_INFINITY) formats.set(stemOf(entry.name), [...(formats.get(stemOf(entry.name)) ?? []), entry.name]);
      if (isDir || (isFile && options.match(entry.name))) names.push({ name: entry.name, dir: isDir });
    }
  } catch {
    yield dir;
    return;
  }
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  names.sort(byName);
  if (options.richest) names = richestOf(names, formats, dir, options.onRicher).sort(byName);
  for (const { name, dir: isDir } of names) {
    const path = join(dir, name);
    if (isDir) yield* walk(path, options, seen);
    else yield path;
  }
}
