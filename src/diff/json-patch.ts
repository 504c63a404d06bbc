/**
 * RFC 6902 JSON Patch between two JSON values: `add`, `remove` and `replace`
 * operations with RFC 6901 pointers. Arrays are aligned with jsdiff's
 * `diffArrays` (a longest common subsequence of equal elements), so one
 * inserted finding is one `add`, not a `replace` of every finding after it;
 * an element replaced by another is patched member by member.
 *
 * No JSON Patch package is a dependency, and the generator is small: the
 * tests apply every patch with an independent RFC 6902 applier and check
 * that it turns the old value into the new one, for the fixtures and for
 * random JSON (fast-check).
 */
import { diffArrays } from 'diff';
import type { Report } from '../schema/report.js';
import { DiffPart } from './schema.js';

export type JsonPatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown };

/** The operations that turn `from` into `to`. */
export function jsonPatch(from: unknown, to: unknown): JsonPatchOperation[] {
  const ops: JsonPatchOperation[] = [];
  walk(from, to, '', ops);
  return ops;
}

/** The model keys of each part of the report. */
const PART_KEYS: Record<DiffPart, readonly (keyof Report)[]> = {
  metadata: ['title', 'metadata'],
  sections: ['preamble', 'sections', 'organisations', 'judgements'],
  findings: ['findings'],
  recommendations: ['recommendations', 'nextSteps'],
};

/**
 * The report as `diff` compares it: the keys of the chosen parts, without
 * `source`, `diagnostics` or any `position`, which are not changes to the
 * report. The patch of two such models applies to either model stripped so.
 */
export function comparableModel(report: Report, only: readonly DiffPart[] = DiffPart.options): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of DiffPart.options) {
    if (!only.includes(part)) continue;
    for (const key of PART_KEYS[part]) out[key] = withoutPositions(report[key]);
  }
  return out;
}

function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).flatMap(([key, v]) => (key === 'position' ? [] : [[key, withoutPositions(v)]])));
  }
  return value;
}

function walk(from: unknown, to: unknown, path: string, ops: JsonPatchOperation[]): void {
  if (deepEqual(from, to)) return;
  if (Array.isArray(from) && Array.isArray(to)) return walkArray(from, to, path, ops);
  if (isObject(from) && isObject(to)) {
    for (const key of Object.keys(from)) if (!Object.hasOwn(to, key)) ops.push({ op: 'remove', path: `${path}/${escape(key)}` });
    for (const [key, value] of Object.entries(to)) {
      const child = `${path}/${escape(key)}`;
      if (Object.hasOwn(from, key)) walk(from[key], value, child, ops);
      else ops.push({ op: 'add', path: child, value });
    }
    return;
  }
  ops.push({ op: 'replace', path, value: to });
}

function walkArray(from: unknown[], to: unknown[], path: string, ops: JsonPatchOperation[]): void {
  const changes = diffArrays(from, to, { comparator: deepEqual });
  let index = 0; // where the next element sits in the array as patched so far
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k]!;
    if (!change.added && !change.removed) {
      index += change.count;
      continue;
    }
    // A run of removed elements next to a run of added ones: patch them pairwise.
    const partner = changes[k + 1];
    const paired = partner && (partner.added || partner.removed) && partner.added !== change.added ? partner : null;
    const removed = change.removed ? change.value : (paired?.value ?? []);
    const added = change.added ? change.value : (paired?.value ?? []);
    if (paired) k++;
    const both = Math.min(removed.length, added.length);
    for (let t = 0; t < both; t++) walk(removed[t], added[t], `${path}/${index++}`, ops);
    for (let t = both; t < removed.length; t++) ops.push({ op: 'remove', path: `${path}/${index}` });
    for (let t = both; t < added.length; t++) ops.push({ op: 'add', path: `${path}/${index++}`, value: added[t] });
  }
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
  }
  return false;
}
