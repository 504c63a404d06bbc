/**
 * A follow-up as markdown, for a board paper: the two reports, the summary,
 * one table row per earlier recommendation (status, the sentence that
 * justifies it, where it is), then what is still open, ask by ask. A pure
 * function.
 */
import { followUpRows, nothingFound, placeText, statusText } from './columns.js';
import type { FollowUp, ReportRef } from './schema.js';
import { STATUS_WORDS } from './statuses.js';

const OPEN = new Set(['partly-met', 'not-met', 'repeated', 'not-assessed']);

export function formatFollowUpMarkdown(followUp: FollowUp): string {
  const out: string[] = ['# Follow-up of recommendations', ''];
  out.push(`- **Earlier report:** ${reportLine(followUp.earlier)}`, `- **Later report:** ${reportLine(followUp.later)}`);
  const total = followUp.results.length;
  out.push('', `**${capital(followUp.summary)}** (${total} recommendation${total === 1 ? '' : 's'}; ${followUp.stated} stated by the later report, ${total - followUp.stated} inferred from its findings).`);
  if (total === 0) return `${out.join('\n')}\n`;

  out.push('', '| Ref | Recommendation | Status | Evidence in the later report | Where |', '| --- | --- | --- | --- | --- |');
  for (const row of followUpRows(followUp)) {
    const evidence = [
      row.repeatedText ? `Recommended again${row.repeatedBy ? ` as ${row.repeatedBy}` : ''}: “${row.repeatedText}”` : '',
      row.evidence ? `“${row.evidence.sentence}”` : row.repeatedText ? '' : nothingFound(row.nearest),
    ].filter(Boolean);
    out.push(`| ${cell(row.id)} | ${cell(row.text)} | ${cell(statusText(row))} | ${evidence.map(cell).join('<br>')} | ${cell(placeText(row.evidence))} |`);
  }

  const open = followUp.results.filter((r) => OPEN.has(r.status));
  if (open.length > 0) {
    out.push('', '## Still open', '');
    for (const result of open) {
      out.push(`- **${escape(result.id)}** (${STATUS_WORDS[result.status]}): ${escape(result.text)}`);
      for (const ask of result.asks) {
        const head = result.asks.length > 1 ? `${STATUS_WORDS[ask.status]}: ${escape(ask.text)}. ` : '';
        const cues = ask.decidedBy.length > 0 ? ` Decided by ${[...new Set(ask.decidedBy.map((c) => c.text.toLowerCase()))].map((c) => `“${escape(c)}”`).join(', ')}.` : '';
        out.push(`  - ${head}${escape(capital(ask.reason))}.${cues}`);
      }
    }
  }
  out.push(
    '',
    '*Statuses: met, partly met, not met, repeated (recommended again), not assessed (nothing found in the later report that speaks to it: the nearest sentence is given, to check). “Stated” means the later report says so itself; the others are read from its findings by `inspect follow-up` and should be checked against the sentence quoted.*',
  );
  return `${out.join('\n')}\n`;
}

function reportLine(ref: ReportRef): string {
  const title = ref.title ? escape(ref.title) : 'untitled';
  return `${title}${ref.date ? ` (${ref.date})` : ''}, \`${ref.path.replace(/`/g, "'")}\``;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Escape the characters that markdown would read as syntax inside running text. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

function cell(text: string): string {
  return escape(text).replace(/\s*\n\s*/g, ' ');
}
