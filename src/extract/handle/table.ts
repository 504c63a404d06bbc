/**
 * Tables: a table of header fields, a judgement grid, a recommendations
 * table (one recommendation a row), or rows that belong to the open finding
 * or recommendation, else section text.
 *
 * > | | Judgement | Grade |
 * > | | Overall effectiveness | Inadequate |
 *     ^ a judgement: area "Overall effectiveness", grade inadequate
 */
import type { Grade, Judgement } from '../../schema/report.js';
import type { Block } from '../blocks.js';
import { fieldOfRow, isFieldTable } from '../fields.js';
import { gradeLine } from '../headings.js';
import { textOf } from '../inline.js';
import { groupLabel } from '../recommendations.js';
import { keep, positionOf, type Handler, type Walk } from '../walk.js';
import { addField } from './header-fields.js';

export const table: Handler = {
  name: 'table',
  enter(walk, start) {
    const first = walk.blocks[start]!;
    if (first.type !== 'row') return undefined;
    const id = first.table!.id;
    let end = start;
    while (end < walk.blocks.length && walk.blocks[end]!.table?.id === id) end++;
    const rows = walk.blocks.slice(start, end);
    const noOpenItem = !walk.finding && !walk.rec;
    if (noOpenItem && isFieldTable(rows.map((row) => row.cells!))) fieldTable(walk, rows);
    else if (!(noOpenItem && judgementGrid(walk, rows))) otherTable(walk, rows);
    return end;
  },
};

function fieldTable(walk: Walk, rows: Block[]): void {
  for (const row of rows) {
    const field = fieldOfRow(row.cells!);
    if (field) addField(walk, field.label, field.value, row.inline, 0, row.inline.raw.length);
    else keep(walk, row);
  }
}

/** Rows with a grade in their last cell, at least two of them: a judgement grid. */
function judgementGrid(walk: Walk, rows: Block[]): boolean {
  const graded = rows.map((row) => judgementOf(walk, row));
  if (graded.filter(Boolean).length < 2) return false;
  rows.forEach((row, index) => {
    const judgement = graded[index];
    if (judgement) walk.report.judgements.push(judgement);
    else keep(walk, row);
  });
  return true;
}

function otherTable(walk: Walk, rows: Block[]): void {
  const section = walk.section;
  if (section?.namedKind === 'recommendations' && !walk.finding) {
    // A recommendations table: one recommendation per row under its header row.
    for (const row of rows) {
      if (row.table!.header) {
        keep(walk, row);
        continue;
      }
      // A cell that is only a timescale is the row's timescale, not part of its text.
      const labels = row.cells!.map((cell) => groupLabel(cell));
      const timescale = labels.find(Boolean)?.timescale;
      const cells = row.cells!.filter((_, index) => !labels[index]);
      walk.recs.push({
        parts: [{ block: { ...row, cells }, from: 0 }],
        section,
        group: section.group,
        actor: section.actor,
        ...(timescale && { timescale }),
      });
    }
    walk.rec = null;
    return;
  }
  for (const row of rows) {
    if (walk.finding) walk.finding.parts.push({ block: row, from: 0 });
    else if (walk.rec) walk.rec.parts.push({ block: row, from: 0 });
    else keep(walk, row);
  }
}

function judgementOf(walk: Walk, row: Block): Judgement | null {
  const cells = row.cells!.map((cell) => textOf(cell));
  if (cells.length < 2 || !cells[0]) return null;
  const grade: Grade | null = gradeLine(cells.at(-1)!);
  return grade ? { area: cells.slice(0, -1).filter(Boolean).join(' '), grade, position: positionOf(walk, row) } : null;
}
