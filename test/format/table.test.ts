import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/format/index.js';
import { formatTable } from '../../src/format/table.js';

interface Row {
  id: string;
  status: 'overdue' | 'upcoming';
  owner: string | null;
  text: string;
  line: number;
}

const columns: Column<Row>[] = [
  { key: 'id', header: 'Id', value: (r) => r.id },
  { key: 'status', header: 'Status', value: (r) => r.status, tone: (r) => (r.status === 'overdue' ? 'red' : 'green') },
  { key: 'owner', header: 'Who', value: (r) => r.owner, maxWidth: 12 },
  { key: 'text', header: 'Recommendation', value: (r) => r.text, wrap: true },
  { key: 'line', header: 'Line', value: (r) => r.line, table: false },
];
const long = 'Essex PCTs to ensure appropriately trained individuals undertake health assessments and implement a robust monitoring system.';
const rows: Row[] = [
  { id: 'R1', status: 'overdue', owner: 'Essex Safeguarding Children Board', text: long, line: 248 },
  { id: 'R2', status: 'upcoming', owner: null, text: 'Short.', line: 250 },
];
const ESC = '\u001b[';
const width = (line: string) => [...line].length;

describe('formatTable', () => {
  it('has no escape codes with colour off', () => {
    expect(formatTable(rows, columns, { color: 0 })).not.toContain(ESC);
  });

  it('colours a cell by its tone and the headings bold with colour on', () => {
    const out = formatTable(rows, columns, { color: 1 });
    expect(out).toContain(`${ESC}31moverdue${ESC}39m`);
    expect(out).toContain(`${ESC}32mupcoming${ESC}39m`);
    expect(out).toContain(`${ESC}1mStatus${ESC}22m`);
  });

  it('leaves out columns marked table: false and shows null as a dash', () => {
    const out = formatTable(rows, columns);
    expect(out).not.toContain('Line');
    expect(out).not.toContain('248');
    expect(out.split('\n').find((l) => l.includes('R2'))).toContain('—');
  });

  it.each([60, 80, 120])('wraps the flexible column to fit %i columns, keeping every word', (total) => {
    const out = formatTable(rows, columns, { width: total });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(total);
    const words = lines.join(' ').replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ');
    for (const word of long.split(' ')) expect(words).toContain(word);
  });

  it('wraps a column at its maxWidth', () => {
    const out = formatTable(rows, columns, { width: 200 });
    const owner = out.split('\n').filter((l) => l.includes('│')).map((l) => l.split('│')[3]!);
    for (const cell of owner) expect(width(cell)).toBeLessThanOrEqual(12 + 2);
    expect(owner.join(' ')).toMatch(/Essex\s.*Safeguarding/);
  });

  it('prints only the headings for no rows', () => {
    const lines = formatTable([], columns).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/Id.*Status.*Who.*Recommendation/);
  });
});
