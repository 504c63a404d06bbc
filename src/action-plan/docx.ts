/**
 * The action plan as a Word document (docx): the cover as a heading block,
 * then the plan as one landscape table with the columns of the workbook, its
 * header repeated on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { coverLines, PLAN_COLUMNS, shortDate, type PlanColumnId } from './columns.js';
import type { ActionPlan, PlanRow } from './plan.js';

/** A4, given portrait; docx swaps the sides for a landscape section. */
const A4 = { width: 11906, height: 16838 };
/** Half an inch, in twentieths of a point. */
const MARGIN = 720;
const TABLE_WIDTH = A4.height - 2 * MARGIN;
/** Half-points. */
const TABLE_FONT = 18;
const HEADER_FILL = 'D9E1F2';
/** How the page width is shared out: a date ("23 Nov 2010") and "Not started" fit on one line, the text columns take the rest. */
const SHARES: Record<PlanColumnId, number> = {
  reference: 6,
  recommendation: 32,
  owner: 14,
  timescale: 13,
  due: 14,
  plannedActions: 28,
  leadOfficer: 13,
  status: 11,
  evidence: 20,
  dateCompleted: 14,
};

export async function planToDocx(plan: ActionPlan): Promise<Buffer> {
  const document = new Document({
    creator: 'inspect',
    title: plan.cover.title ?? 'Action plan',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
          },
        },
        children: [...cover(plan), planTable(plan.rows)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function cover(plan: ActionPlan): Paragraph[] {
  const paragraphs = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Action plan')] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(plan.cover.title ?? 'Inspection report')] }),
  ];
  for (const [label, value] of coverLines(plan.cover)) {
    paragraphs.push(new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] }));
  }
  paragraphs.push(
    new Paragraph({
      spacing: { before: 120, after: 240 },
      children: [
        new TextRun({
          text: 'Status is one of Not started, On track, At risk, Overdue, Complete. Recommendations marked (joint report) come from the joint inspection report.',
          italics: true,
        }),
      ],
    }),
  );
  return paragraphs;
}

function planTable(rows: readonly PlanRow[]): Table {
  const total = PLAN_COLUMNS.reduce((sum, c) => sum + SHARES[c.id], 0);
  const widths = PLAN_COLUMNS.map((c) => Math.floor((SHARES[c.id] / total) * TABLE_WIDTH));
  const cell = (text: string, width: number, options: { bold?: boolean; italics?: boolean; fill?: string } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(options.fill && { shading: { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } }),
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      children: [
        new Paragraph({
          alignment: AlignmentType.LEFT,
          children: [new TextRun({ text, size: TABLE_FONT, bold: options.bold ?? false, italics: options.italics ?? false })],
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: PLAN_COLUMNS.map((c, i) => cell(c.header, widths[i]!, { bold: true, fill: HEADER_FILL })),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: PLAN_COLUMNS.map((c, i) => {
          const text = c.id === 'due' && row.due ? shortDate(row.due) : c.text(row);
          return cell(text, widths[i]!, { italics: c.id === 'recommendation' && row.jointReport !== false });
        }),
      }),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [header, ...body],
  });
}
