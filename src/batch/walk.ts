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
}

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

async function* walk(dir: string, options: WalkOptions, seen: Set<string>): AsyncGenerator<string> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return;
  seen.add(real);
  const names: Array<{ name: string; dir: boolean }> = [];
  try {
    for await (const entry of await opendir(dir)) {
      const path = join(dir, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory() === true);
      if (isDir || ((entry.isFile() || entry.isSymbolicLink()) && options.match(entry.name))) names.push({ name: entry.name, dir: isDir });
    }
  } catch {
    yield dir;
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, dir: isDir } of names) {
    const path = join(dir, name);
    if (isDir) yield* walk(path, options, seen);
    else yield path;
  }
}
