/**
 * Where `--out-dir` puts each input's JSON, decided for all inputs before
 * anything is written, so that nothing is overwritten silently: two inputs
 * never share a name, a path with `..` stays inside the directory, and a
 * file already there needs --force.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, normalize, parse, relative, resolve, sep } from 'node:path';
import { CliError, EXIT } from './exit-codes.js';

/**
 * "reports/a/b.md" → "reports/a/b": the input's own path, so that names from
 * different folders cannot collide. A path that leads out of the working
 * directory (`../x.md`, `/tmp/x.md`) is named by its whole path from the
 * root ("tmp/x"), so no name climbs out of --out-dir.
 */
export function baseName(file: string, cwd = process.cwd()): string {
  let path: string;
  if (isAbsolute(file)) path = relative(parse(file).root, file);
  else {
    const normal = normalize(file);
    if (normal === '..' || normal.startsWith(`..${sep}`)) {
      const absolute = resolve(cwd, normal);
      const inside = relative(cwd, absolute);
      path = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : relative(parse(absolute).root, absolute);
    } else path = normal;
  }
  return path.replace(/\.[^./\\]*$/, '');
}

/**
 * Each file's name under the directory, without ".json". Inputs that would
 * share one ("a/x.pdf" and "a/x.txt") keep their extension ("a/x.pdf",
 * "a/x.txt"); if even that is shared, it is an error.
 */
export function planNames(files: string[], cwd = process.cwd()): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const file of new Set(files)) {
    const base = baseName(file, cwd);
    byBase.set(base, [...(byBase.get(base) ?? []), file]);
  }
  const names = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const file of group) {
      const name = group.length === 1 ? base : `${base}${/\.[^./\\]*$/.exec(file)?.[0] ?? ''}`;
      const other = owner.get(name);
      if (other !== undefined) {
        throw new CliError(`--out-dir: ${other} and ${file} would both be written to ${name}.json; parse them into different directories`, EXIT.usage);
      }
      owner.set(name, file);
      names.set(file, name);
    }
  }
  return names;
}

/** Refuse to start when a file to be written is already there (without --force): exit 2, nothing written. */
export function refuseExisting(outDir: string, names: Iterable<string>): void {
  const existing = [...names].map((name) => join(outDir, `${name}.json`)).filter((target) => existsSync(target));
  if (existing.length === 0) return;
  const more = existing.length > 1 ? ` (and ${existing.length - 1} more)` : '';
  throw new CliError(`${existing[0]}: already exists${more}; give --force to overwrite`, EXIT.usage);
}
