import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/format/csv.js';
import type { Column } from '../../src/format/index.js';

interface Row {
  id: string;
  text: string;
  due: string | null;
  joint: boolean;
  line: number;
}

const columns: Column<Row>[] = [
  { key: 'id', header: 'Id', value: (r) => r.id },
  { key: 'text', header: 'Text', value: (r) => r.text },
  { key: 'due', header: 'Due', value: (r) => r.due },
  { key: 'joint', header: 'Joint', value: (r) => r.joint },
  { key: 'line', header: 'Line', value: (r) => r.line },
];

const tricky = 'The Board to review its "front door", triage and step-down;\nand report back.';

/** A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks; records end with CRLF. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') (value += '"'), (i += 2);
        else if (text[i] === '"') {
          i++;
          break;
        } else if (i >= text.length) throw new Error('unterminated quoted field');
        else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
        value += text[i++];
      }
    }
    fields.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      records.push(fields);
      fields = [];
      i += 2;
    } else throw new Error(`expected a comma or CRLF at ${i}`);
  }
  return records;
}

describe('formatCsv', () => {
  it('quotes a field with quotes, commas and a line break, doubling its quotes', () => {
    const csv = formatCsv([{ id: 'R1', text: tricky, due: '2010-11-23', joint: true, line: 248 }], columns);
    expect(csv).toContain('"The Board to review its ""front door"", triage and step-down;\nand report back."');
    expect(readCsv(csv)).toEqual([
      ['id', 'text', 'due', 'joint', 'line'],
      ['R1', tricky, '2010-11-23', 'true', '248'],
    ]);
  });

  it('ends every record, the last too, with CRLF and has no other line ends outside quotes', () => {
    const csv = formatCsv(
      [
        { id: 'R1', text: 'plain', due: null, joint: false, line: 1 },
        { id: 'R2', text: 'a\r\nb', due: null, joint: false, line: 2 },
      ],
      columns,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readCsv(csv)).toHaveLength(3);
    expect(readCsv(csv)[2]![1]).toBe('a\r\nb');
  });

  it('leaves plain fields unquoted and writes null as an empty field', () => {
    expect(formatCsv([{ id: 'R1', text: 'plain text', due: null, joint: false, line: 7 }], columns)).toBe(
      'id,text,due,joint,line\r\nR1,plain text,,false,7\r\n',
    );
  });

  it('gives only the header for no rows', () => {
    expect(formatCsv([], columns)).toBe('id,text,due,joint,line\r\n');
  });
});
