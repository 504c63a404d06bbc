/**
 * Tables: a table of header fields, a judgement grid, a recommendations
 * table (one recommendation a row), or rows that belong to the open finding
 * or recommendation, else section text.
 *
 * > | | Judgement | Grade |
 * > | | Overall effectiveness | Inadequate |
 *     ^ a judgement: area "Overall effectiveness", grade inadequate
 */
import type { Block } from '../blocks.js';
import { fieldOfRow, isFieldTable } from '../fields.js';
import { groupLabel } from '../recommendations.js';
import { textOf } from '../inline.js';
import { keep, type Handler, type Walk } from '../walk.js';
import { tableGrid } from './grid.js';
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
    else if (/\binspection team\b/i.test(walk.section?.section.title ?? '')) teamTable(walk, rows);
    else if (!(noOpenItem && tableGrid(walk, rows))) otherTable(walk, rows);
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

// "Leanne Thirlby, Ofsted HMI Lead inspector", "Alex Thorp HMI, Ofsted lead inspector", "Lea Pickerill, CQC inspector".
const TEAM_MEMBER = /([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+?)(?: HMI)?, (?:Ofsted|CQC)((?:,? (?:HMI|[Ll]ead|[Ii]nspector))*)/g;

/**
 * The inspection team of a joint area SEND report: a column for each
 * inspectorate, each name followed by its role. The lead is the first
 * column's lead inspector; the others are the team, column by column.
 */
function teamTable(walk: Walk, rows: Block[]): void {
  const meta = walk.report.metadata;
  const columns = Math.max(...rows.map((row) => row.cells!.length));
  const members: Array<{ name: string; lead: boolean; column: number }> = [];
  for (let column = 0; column < columns; column++) {
    for (const row of rows) {
      const cell = row.cells![column];
      if (!cell) continue;
      for (const m of textOf(cell).replace(/\s+/g, ' ').matchAll(TEAM_MEMBER)) members.push({ name: m[1]!, lead: /lead/i.test(m[2]!), column });
    }
  }
  const lead = members.find((member) => member.lead && member.column === 0);
  if (lead && meta.inspector === undefined) meta.inspector = lead.name;
  const team = members.filter((member) => member !== lead && member.name !== meta.inspector).map((member) => member.name);
  if (team.length > 0) meta.team = [...(meta.team ?? []), ...team.filter((name) => !meta.team?.includes(name))];
  for (const row of rows) keep(walk, row);
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
        part: walk.part,
        number: null,
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
