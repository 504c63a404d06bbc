/** The cue table as markdown, for the README: one row per phrase, generated from CUES so the two cannot drift. */
import { CUES } from './cues.js';

export function cueTableMarkdown(): string {
  const rows = CUES.map((c) => `| ${c.phrase} | ${c.kind} | ${c.reads ?? '—'} | ${c.example.replace(/\|/g, '\\|')} |`);
  return `${['| phrase | kind | reads as | example (tested) |', '|---|---|---|---|', ...rows].join('\n')}\n`;
}
