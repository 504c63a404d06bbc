/**
 * The text of `JSON.stringify(value, null, indent)` for plain JSON data, in
 * pieces. A 10 MB report gives about 35 MB of JSON; built as one string
 * (UTF-16, so twice that in memory) and then encoded for stdout, it raised
 * the peak memory of `inspect parse` by a fifth. Objects and arrays down to
 * `depth` are opened here and their members stringified one at a time, so no
 * piece is larger than one finding or section; joined, the pieces are the
 * very same text.
 */
export function* jsonChunks(value: unknown, indent = 2, depth = 2): Generator<string> {
  yield* chunks(value, ' '.repeat(indent), '', depth);
}

function* chunks(value: unknown, step: string, at: string, depth: number): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object') {
    const text = JSON.stringify(value, null, step) ?? 'null';
    // A nested value's lines after the first are indented to where it stands (strings hold no raw newline).
    yield at && text.includes('\n') ? text.replaceAll('\n', `\n${at}`) : text;
    return;
  }
  // As JSON.stringify does: an array's undefined members become null, an object's are left out.
  const members: Array<[string | null, unknown]> = Array.isArray(value)
    ? value.map((item) => [null, item === undefined ? null : item])
    : Object.entries(value).filter(([, member]) => member !== undefined);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    yield open + close;
    return;
  }
  const inner = at + step;
  const newline = step ? '\n' : '';
  const colon = step ? ': ' : ':';
  let separator = open;
  for (const [key, member] of members) {
    yield `${separator}${newline}${inner}${key === null ? '' : JSON.stringify(key) + colon}`;
    yield* chunks(member, step, inner, depth - 1);
    separator = ',';
  }
  yield `${newline}${at}${close}`;
}
