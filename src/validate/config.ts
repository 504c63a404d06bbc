/**
 * Settings for `inspect validate`: a `.inspectrc.json` found upward from each
 * file, as other linters find theirs (the nearest one wins), then the
 * `--rule RULE=off|warning|error` options over it.
 *
 *     { "rules": { "header-missing-chief-executive": "off", "numbering-gap": "error" } }
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { allRules } from '../rules/index.js';
import { readSetting, type RuleSettings, type Setting } from '../rules/rule.js';

export const CONFIG_FILE = '.inspectrc.json';

/** A setting that cannot be used: an unknown rule, a level other than off/warning/error, a broken config file. */
export class ConfigError extends Error {
  /** The config file at fault, or null for a command-line option. */
  readonly path: string | null;

  constructor(message: string, path: string | null = null) {
    super(message);
    this.name = 'ConfigError';
    this.path = path;
  }
}

export interface Config {
  /** The file the settings came from, or null when none was found. */
  path: string | null;
  rules: RuleSettings;
}

/** The settings of a config file's text; `path` is for messages. */
export function parseConfig(text: string, path: string): RuleSettings {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`not valid JSON (${(error as Error).message})`, path);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigError('expected an object such as {"rules": {"numbering-gap": "error"}}', path);
  const { rules = {}, ...rest } = data as Record<string, unknown>;
  const unknown = Object.keys(rest).filter((key) => key !== '$schema');
  if (unknown.length > 0) throw new ConfigError(`unknown key "${unknown[0]}" (expected "rules")`, path);
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new ConfigError('"rules" must be an object of rule ids and levels', path);
  const settings: Record<string, Setting> = {};
  for (const [id, level] of Object.entries(rules)) {
    try {
      settings[checkRuleId(id)] = readSetting(String(level), id);
    } catch (error) {
      throw new ConfigError((error as Error).message, path);
    }
  }
  return settings;
}

/** The nearest config file at or above `dir`, read; cached per folder for runs over many files. */
export function createConfigLoader(): (dir: string) => Promise<Config> {
  const cache = new Map<string, Promise<Config>>();
  const load = (dir: string): Promise<Config> => {
    const at = resolve(dir);
    let found = cache.get(at);
    if (!found) {
      found = loadAt(at, load);
      cache.set(at, found);
    }
    return found;
  };
  return load;
}

async function loadAt(dir: string, parent: (dir: string) => Promise<Config>): Promise<Config> {
  const path = join(dir, CONFIG_FILE);
  const isFile = await stat(path).then((s) => s.isFile(), () => false);
  if (isFile) {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(`cannot be read (${error.code ?? error.message})`, path);
    });
    return { path, rules: parseConfig(text, path) };
  }
  const up = dirname(dir);
  return up === dir ? { path: null, rules: {} } : parent(up);
}

/** The id if a rule has it; else a ConfigError that names the closest id. */
export function checkRuleId(id: string): string {
  const ids = allRules.map((rule) => rule.id);
  if (ids.includes(id)) return id;
  throw new ConfigError(`unknown rule "${id}" (did you mean "${closest(id, ids)}"? \`inspect validate --list-rules\` lists them)`);
}
