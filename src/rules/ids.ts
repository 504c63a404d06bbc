/**
 * Every rule id a diagnostic can carry, with what it means: the parser's
 * and the readers' ids as well as those of `inspect validate`'s own rules.
 * Producers take a `RuleId`, so an id that is not documented here does not
 * compile; `inspect validate --list-rules` prints this table.
 */
import type { RuleSeverity } from './rule.js';

/** Where a diagnostic comes from: a reader of one input format, the extractor, or a validate rule. */
export type RuleSource = 'pdf' | 'docx' | 'text' | 'parser' | 'validate' | 'action-plan';

export interface RuleDoc {
  source: RuleSource;
  defaultSeverity: RuleSeverity | 'info';
  description: string;
}

export const RULE_DOCS = {
  // Readers: what an input format lost or changed on the way to text.
  'pdf-page-limit': { source: 'pdf', defaultSeverity: 'warning', description: 'Only the first pages of a long PDF were read (the page limit)' },
  'pdf-page-no-text': { source: 'pdf', defaultSeverity: 'warning', description: 'A PDF page has no text layer (scanned): its text cannot be read' },
  'pdf-page-skipped': { source: 'pdf', defaultSeverity: 'warning', description: 'A PDF page could not be read and was skipped' },
  'pdf-rotated-text': { source: 'pdf', defaultSeverity: 'info', description: 'Rotated text on a PDF page was left out of the reading order' },
  'pdf-font-style-unknown': { source: 'pdf', defaultSeverity: 'info', description: 'A PDF font does not say whether it is bold or italic: emphasis may be lost' },
  'pdf-running-lines': { source: 'pdf', defaultSeverity: 'info', description: 'Running headers, footers and page numbers were removed from the text' },
  'pdf-two-columns': { source: 'pdf', defaultSeverity: 'info', description: 'Pages were read as two columns, left column first' },
  'text-from-pdf': {
    source: 'text',
    defaultSeverity: 'info',
    description: 'The text was read as text copied out of a PDF (form feeds, PDF bullets, paragraph numbers on lines of their own): its lines and paragraphs were rebuilt as a PDF\'s are; fonts and columns are not in such text, so headings set only in bold, italic extracts and labels printed beside their values may be lost',
  },
  'encoding-guessed': {
    source: 'text',
    defaultSeverity: 'warning',
    description: 'The text is not UTF-8 and was decoded in the encoding its bytes fit (Windows-1252, what Word on Windows saves as Plain Text); name it with --encoding to say so outright',
  },
  'text-running-lines': { source: 'text', defaultSeverity: 'info', description: 'Running headers, footers and page numbers were removed from text copied out of a PDF' },
  'docx-numbering': { source: 'docx', defaultSeverity: 'warning', description: 'A Word list number could not be worked out from its numbering definition' },
  // The extractor: what it found while reading the report.
  'nesting-flattened': {
    source: 'parser',
    defaultSeverity: 'warning',
    description: 'Lists or blockquotes nested deeper than 32 levels were flattened to 32 before parsing (the text is kept; columns on those lines count in the flattened text)',
  },
  'emphasis-unclosed': { source: 'parser', defaultSeverity: 'warning', description: 'Emphasis opens and never closes' },
  'grid-unread': { source: 'parser', defaultSeverity: 'warning', description: 'A judgement grid is printed but not every row of it could be read' },
  'judgement-conflict': { source: 'parser', defaultSeverity: 'warning', description: 'A graded heading and the judgement grid give one area different grades' },
  'kind-unknown': { source: 'parser', defaultSeverity: 'info', description: 'The report does not say which kind of inspection it is' },
} as const satisfies Record<string, RuleDoc>;

/**
 * Ids the parser emits that are also rules of `inspect validate`, which
 * documents them in its own files (src/rules/<id>.ts); a test holds the two
 * lists together.
 */
export const VALIDATE_RULE_IDS = [
  'not-a-report',
  'header-date-unreadable',
  'numbering-gap',
  'numbering-duplicate',
  'numbering-order',
  'finding-section-mismatch',
  'outcome-unknown',
  'paragraph-continuation',
  'emphasis-stray',
  'no-report-date',
] as const;

/** A rule id that the parser or a reader emits. */
export type RuleId = keyof typeof RULE_DOCS | (typeof VALIDATE_RULE_IDS)[number];
