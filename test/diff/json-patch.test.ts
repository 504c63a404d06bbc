/**
 * The RFC 6902 generator, checked with an independent applier written here
 * from the RFC (add, remove, replace; RFC 6901 pointers): applying the patch
 * to the old value must give the new one, for the fixture pairs and for
 * random JSON.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { comparableModel, jsonPatch, type JsonPatchOperation } from '../../src/diff/json-patch.js';
import { formatDiffPatch } from '../../src/diff/format-patch.js';
import { DIFF_CASES, pair } from './helpers.js';

/** RFC 6901: "" is the whole document; each token after "/" has ~1 for "/" and ~0 for "~". */
function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`bad pointer ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** RFC 6902 section 4.1–4.3, on a deep copy. */
function apply(document: unknown, patch: JsonPatchOperation[]): unknown {
  let root = structuredClone(document);
  for (const op of patch) {
    const path = tokens(op.path);
    if (path.length === 0) {
      if (op.op === 'remove') root = undefined;
      else root = structuredClone(op.value);
      continue;
    }
    let parent = root as Record<string, unknown> | unknown[];
    // Own members only: a key such as "__proto__" is data here, not the prototype.
    for (const token of path.slice(0, -1)) parent = (Array.isArray(parent) ? parent[Number(token)] : Object.getOwnPropertyDescriptor(parent, token)?.value) as typeof parent;
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (!Number.isInteger(index) || index < 0 || index > parent.length || (op.op !== 'add' && index >= parent.length)) {
        throw new Error(`${op.op} ${op.path}: index out of range`);
      }
      if (op.op === 'add') parent.splice(index, 0, structuredClone(op.value));
      else if (op.op === 'remove') parent.splice(index, 1);
      else parent[index] = structuredClone(op.value);
    } else {
      if (op.op !== 'add' && !Object.hasOwn(parent, last)) throw new Error(`${op.op} ${op.path}: no such member`);
      if (op.op === 'remove') delete parent[last];
      else Object.defineProperty(parent, last, { value: structuredClone(op.value), enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}

describe('jsonPatch', () => {
  it('gives no operation for equal values', () => {
    expect(jsonPatch({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toEqual([]);
  });

  it('adds one element for an insertion in the middle of an array, not a replace of every element after it', () => {
    expect(jsonPatch({ list: ['a', 'b', 'c'] }, { list: ['a', 'x', 'b', 'c'] })).toEqual([{ op: 'add', path: '/list/1', value: 'x' }]);
    expect(jsonPatch(['a', 'b', 'c'], ['a', 'c'])).toEqual([{ op: 'remove', path: '/1' }]);
  });

  it('patches a changed element member by member', () => {
    expect(jsonPatch([{ id: '1.1', text: 'old' }], [{ id: '1.1', text: 'new' }])).toEqual([{ op: 'replace', path: '/0/text', value: 'new' }]);
  });

  it('escapes "/" and "~" in member names (RFC 6901)', () => {
    expect(jsonPatch({ 'a/b': 1, 'c~d': 2 }, { 'a/b': 3 })).toEqual([
      { op: 'remove', path: '/c~0d' },
      { op: 'replace', path: '/a~1b', value: 3 },
    ]);
  });

  it('replaces the whole document when the types differ', () => {
    expect(jsonPatch([1], { a: 1 })).toEqual([{ op: 'replace', path: '', value: { a: 1 } }]);
  });

  test.prop([fc.jsonValue(), fc.jsonValue()])('turns any JSON value into any other', (a, b) => {
    expect(apply(a, jsonPatch(a, b))).toEqual(b);
  });

  it('treats a "__proto__" key as data (a counterexample fast-check found)', () => {
    expect(apply({}, jsonPatch({}, JSON.parse('{"__proto__":false}')))).toEqual(JSON.parse('{"__proto__":false}'));
  });

  const list = fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.record({ id: fc.integer({ min: 0, max: 3 }), text: fc.constantFrom('x', 'y') })), { maxLength: 12 });
  test.prop([list, list])('turns one list of small records into another (many equal elements: the array alignment path)', (a, b) => {
    expect(apply({ items: a }, jsonPatch({ items: a }, { items: b }))).toEqual({ items: b });
  });
});

describe('the patch between two report models', () => {
  it.each(DIFF_CASES)('turns the old model into the new one (%s)', (name) => {
    const [old, next] = pair(name);
    const patch = JSON.parse(formatDiffPatch(old, next)) as JsonPatchOperation[];
    expect(apply(comparableModel(old), patch)).toEqual(comparableModel(next));
  });

  it('leaves out source, diagnostics and positions, which are not changes to the report', () => {
    const [old] = pair('light-edits');
    const model = comparableModel(old);
    expect(Object.keys(model)).toEqual(['title', 'metadata', 'preamble', 'sections', 'organisations', 'judgements', 'findings', 'recommendations', 'nextSteps']);
    expect(JSON.stringify(model)).not.toMatch(/"position"|"sha256"|"diagnostics"/);
  });

  it('is empty for a report and itself, though the two files differ in path', () => {
    const [old] = pair('light-edits');
    expect(formatDiffPatch(old, { ...old, source: { ...old.source, path: 'elsewhere.md' } })).toBe('[]\n');
  });

  it('gives the light edits as the replacements they are', () => {
    const [old, next] = pair('light-edits');
    const patch = JSON.parse(formatDiffPatch(old, next)) as JsonPatchOperation[];
    expect(patch.map((op) => [op.op, op.path])).toEqual([
      ['replace', '/metadata/inspector'],
      ['replace', '/metadata/fields/5/value'],
      ['replace', '/preamble/1/text'],
      ['replace', '/sections/8/title'],
      ['replace', '/sections/8/outcome/title'],
      ['replace', '/findings/68/heading'], // 7.1 sits under the renamed section
      ['replace', '/findings/76/text'], // 9.3
      ['replace', '/recommendations/8/text'], // R9
    ]);
  });

  it('keeps to the part asked for', () => {
    const [old, next] = pair('light-edits');
    const patch = JSON.parse(formatDiffPatch(old, next, { only: ['recommendations'], compact: true })) as JsonPatchOperation[];
    expect(patch).toEqual([{ op: 'replace', path: '/recommendations/8/text', value: next.recommendations[8]!.text }]);
    expect(formatDiffPatch(old, next, { compact: true }).trimEnd().split('\n')).toHaveLength(1);
  });
});
