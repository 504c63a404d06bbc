import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/format/index.js';
import { formatJson } from '../../src/format/json.js';
import { formatNdjson } from '../../src/format/ndjson.js';

interface Row {
  id: string;
  due: string | null;
  days: number;
  joint: boolean | 'partial';
}

const columns: Column<Row>[] = [
  { key: 'id', header: 'Id', value: (r) => r.id, display: () => 'shown only in the table' },
  { key: 'due', header: 'Due', value: (r) => r.due },
  { key: 'days', header: 'Days', value: (r) => r.days, table: false },
  { key: 'joint', header: 'Joint', value: (r) => r.joint },
];
const rows: Row[] = [
  { id: 'R1', due: '2010-11-23', days: -8, joint: true },
  { id: 'R2', due: null, days: 0, joint: 'partial' },
];

describe('formatJson', () => {
  it('prints an array of objects keyed by column, in column order, with the values’ own types', () => {
    const out = formatJson(rows, columns);
    expect(JSON.parse(out)).toEqual([
      { id: 'R1', due: '2010-11-23', days: -8, joint: true },
      { id: 'R2', due: null, days: 0, joint: 'partial' },
    ]);
    expect(Object.keys(JSON.parse(out)[0])).toEqual(['id', 'due', 'days', 'joint']);
    expect(out.endsWith(']\n')).toBe(true);
  });

  it('prints [] for no rows', () => {
    expect(formatJson([], columns)).toBe('[]\n');
  });
});

describe('formatNdjson', () => {
  it('prints one compact object per line', () => {
    const lines = formatNdjson(rows, columns).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines.slice(0, 2).map((l) => JSON.parse(l))).toEqual(JSON.parse(formatJson(rows, columns)));
    expect(lines[0]).toBe('{"id":"R1","due":"2010-11-23","days":-8,"joint":true}');
  });

  it('prints nothing for no rows', () => {
    expect(formatNdjson([], columns)).toBe('');
  });
});
