/** The columns of `inspect search`: where each hit is, and its snippet with the matches marked. */
import { Chalk } from 'chalk';
import { MARK_END, MARK_START, type SearchHit } from './search.js';
import type { Column } from '../format/index.js';
import type { ColorLevel } from '../format/table.js';

const MARKS = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, 'g');

/** Matches as **bold** (markdown's way, readable anywhere), or in colour on a colour terminal. */
export function markSnippet(snippet: string, color: ColorLevel = 0): string {
  const chalk = new Chalk({ level: color });
  // Words matched side by side read as one marked phrase.
  const joined = snippet.replace(new RegExp(`${MARK_END}(\\s+)${MARK_START}`, 'g'), '$1');
  return joined.replace(MARKS, (_, word: string) => (color > 0 ? chalk.bold.yellow(word) : `**${word}**`));
}

export function hitColumns(options: { color?: ColorLevel } = {}): Column<SearchHit>[] {
  return [
    { key: 'source', header: 'Report', value: (h) => h.source, maxWidth: 30 },
    { key: 'authority', header: 'Authority', value: (h) => h.authority, table: false },
    { key: 'kind', header: 'Kind', value: (h) => h.kind, table: false },
    { key: 'date', header: 'Date', value: (h) => h.date },
    { key: 'type', header: 'Type', value: (h) => h.type },
    { key: 'id', header: 'Id', value: (h) => h.id },
    { key: 'page', header: 'Page', value: (h) => h.page },
    { key: 'line', header: 'Line', value: (h) => h.line },
    { key: 'column', header: 'Column', value: (h) => h.column, table: false },
    { key: 'snippet', header: 'Snippet', value: (h) => markSnippet(h.snippet), display: (h) => markSnippet(h.snippet, options.color ?? 0), wrap: true },
    { key: 'score', header: 'Score', value: (h) => h.score, table: false },
  ];
}
