/**
 * The tunables of the page-layout reader, by pass, named (as micromark
 * names its constants) so that each number is read, and changed, once.
 * Distances are in points unless they say otherwise; "em" is the font size
 * of the text in question.
 */

/** lines.ts: text items of a page → lines and their segments. */
export const LINE = {
  /** A gap this wide (in ems) always splits a line into segments. */
  wideGap: 1.0,
  /** A gap this wide (in ems) splits only where the next segment lines up with a segment of a neighbouring line. */
  tabGap: 0.5,
  /** A gap wider than this (in ems) between two items is a word space. */
  spaceGap: 0.12,
  /** Two copies of a text nearer than this in x and y are one overprinted (fake bold) text. */
  overprintDistance: 1.5,
  /** How many recent items are searched for an overprinted twin. */
  overprintWindow: 8,
  /** Items whose baselines differ by at most this share of the smaller size share a line. */
  baseline: 0.3,
  /** A blank item joins the line above when within this share of that line's size. */
  blankBaseline: 0.6,
  /** A superscript (or subscript) line holds at most this many characters… */
  superscriptChars: 12,
  /** …set at most this share of the size of the line it joins… */
  superscriptSize: 0.85,
  /** …dropped at most this share of that size below its baseline… */
  subscriptDrop: 0.4,
  /** …or raised at most this share above it. */
  superscriptRaise: 0.75,
  /** Overlap that does not count as overlap between a superscript and the line (rounding). */
  overlapSlack: 0.5,
  /** A justified line spread out with a forced break: at least this many one-word pieces… */
  spreadPieces: 3,
  /** …whose widest gap is at most this multiple of the narrowest, plus `spreadSlack`. */
  spreadRatio: 1.3,
  spreadSlack: 1,
  /** A segment lines up with another when their left edges are nearer than this. */
  align: 1.5,
} as const;

/** layout.ts: running headers and footers, two-column pages. */
export const LAYOUT = {
  /** Running lines are among this many lines at the top or bottom of a page… */
  edgeLines: 3,
  /** …and in this share of its height at the top, or at the bottom. */
  margin: 0.2,
  /** A lone page number stands on the first or last line, in the top or bottom one of this many parts of the height. */
  pageNumberParts: 6,
  /** A running line recurs on at least this share of the pages with text (and on two at least). */
  recurShare: 0.4,
  /** Recurring lines stand at heights nearer than this. */
  recurHeight: 6,
  /** A page of fewer lines than this sets no typical right edge. */
  typicalRightLines: 5,
  /** A page of fewer lines than this is never read as two columns. */
  gutterMinLines: 8,
  /** The share of a page's lines that may cross its gutter. */
  gutterCrossing: 0.15,
  /** The gutter lies in the middle half of the page: from this share of its width to one less this. */
  gutterFrom: 0.25,
  /** A gutter is at least this wide. */
  gutterWidth: 8,
  /** Each column holds text on at least this share of the page's lines. */
  columnLines: 0.3,
  /** In each column, at least this share of the segments fill most of its width… */
  fullSegments: 0.25,
  /** …"most" being this share. */
  fullWidth: 0.7,
  /** A column of running text wraps at least this many times… */
  columnWraps: 3,
  /** …a wrap being a next line within this many ems. */
  wrapLeading: 1.5,
} as const;

/** blocks.ts: lines → headings, paragraphs, items and tables. */
export const BLOCK = {
  /** Lines within this many points of the body size count as body text. */
  bodySize: 0.6,
  /** Line spacings (in ems) outside this range say nothing of the leading. */
  leadingRange: [0.9, 2.5],
  /** The leading when no body lines follow each other. */
  leading: 1.2,
  /** The body size when there is no text at all. */
  body: 12,
  /** Headings set larger than the text: by this many points… */
  largerBy: 1,
  /** …and by this factor. */
  largerTimes: 1.08,
  /** A paragraph's next line is at most this many leadings below. */
  paragraphGap: 1.3,
  /** Lines whose sizes differ by this much belong to different blocks. */
  sizeChange: 1,
  /** Items whose markers stand nearer than this on the left are siblings. */
  itemAlign: 2,
  /** A heading in a family of its own: at most this many lines and characters. */
  familyHeadingLines: 3,
  familyHeadingChars: 100,
  /** The rows of a table are at most this many leadings apart. */
  tableGap: 2.6,
  /** A cell lines up with its column on the left or on the right within this… */
  cellAlign: 3,
  /** …and overlaps it within this. */
  cellSlack: 2,
  /** A table row set closer than this many leadings may continue the row above. */
  rowClose: 1.1,
  /** Headings split by a break join again when their sizes are nearer than this. */
  headingSize: 0.5,
} as const;

/** markdown.ts: blocks → markdown. */
export const RENDER = {
  /** A line wrapped when the room left at its end is less than the next word by this factor (widths are estimates). */
  wrapRoom: 1.15,
  /** …plus this many ems. */
  wrapSlack: 0.5,
} as const;

/**
 * text-lines.ts: text copied out of a PDF, set as if in one monospaced font
 * (sizes in points, lengths in characters).
 */
export const TEXT = {
  /** The font size of every line. */
  size: 10,
  /** The width of a character. */
  char: 5,
  /** Baseline to baseline. */
  leading: 12,
  /** How far a marker set on the line of its text hangs left of the text, in characters. */
  hang: 4,
  /** A full line is as long as the line at this rank of all lengths (0.9: longer than nine in ten). */
  fullLineRank: 0.9,
  /** A line wrapped when the next word would have taken it past this share short of a full line (proportional type varies). */
  wrapSlack: 0.15,
  /** A header field's label alone on its line ("Lead inspector:") takes the value after at most this many blank lines. */
  labelBlanks: 1,
  /** A marker alone on its line takes the text after at most this many blank lines. */
  markerBlanks: 2,
  /** Paragraph numbers may skip this many and still come next. */
  numberSkip: 3,
  /** A heading's line after a sentence that ran to the margin reaches at most this share of a full line. */
  titleShare: 0.6,
} as const;

/** text-from-pdf.ts: the marks that tell text copied out of a PDF from markdown and prose (besides a form feed). */
export const LAYOUT_TEXT = {
  /** Bullets as PDFs set them (•, ◼, private-use symbols) at the start of at least this many lines. */
  minBullets: 2,
  /** Paragraph numbers alone on their lines before their text, at least this many. */
  minLoneNumbers: 3,
} as const;

/** text-blocks.ts: blocks of text copied out of a PDF, told apart by their words. */
export const TEXT_BLOCK = {
  /** Cells printed one to a line: at least this many in a row make a table… */
  minCells: 4,
  /** …each of at most this many lines… */
  cellLines: 2,
  /** …of at most this many characters. */
  cellChars: 60,
  /** The last cells of a row (grades, page numbers) have at most this many words. */
  shortCellWords: 5,
  /** A header printed as its labels, then its values, has at least this many labels. */
  minFields: 3,
  /** A heading has at most this many lines and characters. */
  headingLines: 3,
  headingChars: 160,
  /** Items compared on each side of a heading inside a numbered list, to tell a label from a new section. */
  openingItems: 5,
} as const;

/** read.ts: what the reader says it could not recover. */
export const REPORT = {
  /** Above this share of the text in fonts that name no style, italic and bold cannot be trusted. */
  unstyledShare: 0.2,
  /** A list of pages names at most this many. */
  pagesListed: 8,
} as const;
