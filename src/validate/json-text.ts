/**
 * Report JSON as text: whether a text is JSON, where in the text the value
 * at a JSON path is (so that a schema problem gets a line and column like
 * any other), and where a text that is not JSON goes wrong.
 */
import { jsonPath } from '../read/report-json.js';

/** A path as zod gives it: object keys and array indexes from the root. */
export type JsonPath = readonly PropertyKey[];

/** The index key of a path: as `jsonPath` writes it, the root as "". */
function pathKey(path: JsonPath): string {
  return path.length === 0 ? '' : jsonPath(path);
}

/** The key of a child, built as `jsonPath` would write its whole path. */
function childKey(parent: string, key: PropertyKey): string {
  return typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${String(key)}` : String(key);
}

/**
 * Whether report text is JSON: it opens as an object with a key (what
 * `inspect parse` prints), or it opens with `{` or `[` and parses. A markdown
 * report that opens with a link (`[…](…)`) is not JSON.
 */
export function isJsonText(text: string): boolean {
  if (/^\s*\{\s*"/.test(text)) return true;
  if (!/^\s*[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Where a value is written: its key (in an object) and the value itself, as offsets. */
export interface JsonSpan {
  key: number | null;
  start: number;
  end: number;
  container: boolean;
}

/** Deeper values than this are not indexed: their problems are placed at the deepest indexed ancestor. */
const MAX_DEPTH = 256;

/**
 * Offsets of every value in a JSON text, by path. The text must be valid
 * JSON (JSON.parse accepted it); this only finds where things are.
 */
export function indexJson(text: string): Map<string, JsonSpan> {
  const spans = new Map<string, JsonSpan>();
  let i = 0;

  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++; // closing quote
  };
  const skip = () => {
    // A value too deep to index: step over it, brackets counted outside strings.
    let depth = 0;
    do {
      const c = text[i];
      if (c === '"') string();
      else {
        if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') depth--;
        i++;
      }
    } while (i < text.length && depth > 0);
  };

  const value = (path: string, key: number | null, depth: number): void => {
    space();
    const start = i;
    const c = text[i];
    if ((c === '{' || c === '[') && depth >= MAX_DEPTH) {
      skip();
      spans.set(path, { key, start, end: i, container: true });
      return;
    }
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      for (let index = 0; text[i] !== close && i < text.length; index++) {
        space();
        if (c === '{') {
          const keyStart = i;
          string();
          const name = JSON.parse(text.slice(keyStart, i)) as string;
          space();
          i++; // colon
          value(childKey(path, name), keyStart, depth + 1);
        } else value(childKey(path, index), null, depth + 1);
        space();
        if (text[i] === ',') i++;
      }
      i++;
      spans.set(path, { key, start, end: i, container: true });
      return;
    }
    if (c === '"') string();
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    spans.set(path, { key, start, end: i, container: false });
  };

  value('', null, 0);
  return spans;
}

/**
 * The offsets to show for a path: a value's key and value, or for an object
 * or array its key and opening bracket. A path that is not there (a missing
 * key) is shown at the nearest ancestor that is.
 */
export function locateJsonPath(spans: Map<string, JsonSpan>, path: JsonPath): [number, number] {
  for (let n = path.length; n >= 0; n--) {
    const span = spans.get(pathKey(path.slice(0, n)));
    if (span) return [span.key ?? span.start, span.container ? span.start + 1 : span.end];
  }
  return [0, 0];
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The first syntax error of a text that JSON.parse refused, with its
 * offset: V8's own message gives no position on Node 20, and words it
 * differently on each version.
 */
export function jsonSyntaxError(text: string): { offset: number; reason: string } | null {
  let i = 0;
  const stack: Array<'{' | '['> = [];
  const space = () => {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
  };
  const fail = (expected: string) => ({
    offset: i,
    reason: `${i >= text.length ? 'unexpected end of input' : `unexpected \`${text[i]}\``}, expected ${expected}`,
  });
  const string = () => {
    for (i++; ; i++) {
      const c = text[i];
      if (c === undefined) return fail('`"` to end the string');
      if (c === '"') {
        i++;
        return null;
      }
      if (c < ' ') return fail('no control character in a string (write it as an escape)');
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return fail('four hex digits after `\\u`');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) return fail('an escape (`\\"`, `\\\\`, `\\n`, `\\u00e9`…)');
      }
    }
  };

  let expect: 'value' | 'key' | 'first-key' | 'first-value' = 'value';
  for (;;) {
    space();
    const c = text[i];
    if ((expect === 'first-key' && c === '}') || (expect === 'first-value' && c === ']')) {
      i++;
      stack.pop();
    } else if (expect === 'first-key' || expect === 'key') {
      if (c !== '"') return fail('a key in double quotes');
      const error = string();
      if (error) return error;
      space();
      if (text[i] !== ':') return fail('`:` after the key');
      i++;
      expect = 'value';
      continue;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'first-key' : 'first-value';
      continue;
    } else if (c === '"') {
      const error = string();
      if (error) return error;
    } else {
      NUMBER.lastIndex = i;
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal) i += literal.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return fail('a value');
    }
    // A value is complete: what may follow it.
    for (;;) {
      space();
      const top = stack.at(-1);
      if (!top) return i < text.length ? fail('the end of the input') : null;
      const close = top === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        stack.pop();
        continue;
      }
      if (text[i] !== ',') return fail(`\`,\` or \`${close}\``);
      i++;
      expect = top === '{' ? 'key' : 'value';
      break;
    }
  }
}
