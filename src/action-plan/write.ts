/**
 * The plan as a file. Each writer is loaded when its format is asked for, so
 * exceljs loads only for XLSX and docx only for Word.
 */
import type { ActionPlan } from './plan.js';

export const PLAN_FORMATS = ['xlsx', 'docx', 'csv', 'md'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

/** The plan as a file of this format: bytes for XLSX and DOCX, UTF-8 bytes for CSV and Markdown. */
export async function writeActionPlan(plan: ActionPlan, format: PlanFormat): Promise<Uint8Array> {
  switch (format) {
    case 'xlsx':
      return (await import('./xlsx.js')).planToXlsx(plan);
    case 'docx':
      return (await import('./docx.js')).planToDocx(plan);
    case 'csv':
      return Buffer.from((await import('./csv.js')).planToCsv(plan), 'utf8');
    case 'md':
      return Buffer.from((await import('./md.js')).planToMarkdown(plan), 'utf8');
  }
}
