/**
 * The judgement grid of a report's cover, in any of the shapes a PDF gives
 * it, and the graded sentences beside it. Read only before the first
 * finding: in the body, a numbered line is a finding, not a grid row.
 *
 * > | **Requires
 * > | 1\. Children who need help and protection**
 * > | **improvement**
 * > | 2.1 Adoption performance	**Good**
 *     ^ two judgements: requires improvement, good (never findings `1`, `2.1`)
 *
 * > | The effectiveness of the Local Safeguarding Children Board (LSCB) **requires improvement**
 *     ^ a judgement of the LSCB part, from a sentence
 */
import type { Block } from '../blocks.js';
import { trailingGrade } from '../../vocabulary/grades.js';
import { gridLine, isGradeFragment, isGridHeader, judgedArea, pairGrid, partOfArea, type GridPiece, type GridRow } from '../grid.js';
import { linesOf, offsetAt, textOf } from '../inline.js';
import { keep, positionOf, warn, type Handler, type Walk } from '../walk.js';

/**
 * The most blocks a grid spans: the largest printed grid has seven rows,
 * each at most three blocks when its cells wrap. The bound keeps the look
 * ahead from every cover block linear in the document.
 */
const MAX_GRID_BLOCKS = 40;

/** Grid rows may only be read on the cover, before any finding or recommendation. */
function onCover(walk: Walk): boolean {
  return walk.findings.length === 0 && walk.recs.length === 0 && !walk.finding && !walk.rec;
}

export const gridLines: Handler = {
  name: 'grid-lines',
  enter(walk, start) {
    if (!onCover(walk)) return undefined;
    const pieces: GridPiece[] = [];
    // Under a "Judgement | Grade" header line, lines that are only an area are rows too.
    const headed = isGridHeader(textOf(walk.blocks[start]!.inline)) && walk.blocks[start]!.type !== 'row';
    let end = headed ? start + 1 : start;
    let numbered = 0;
    const asText: Block[] = [];
    for (; end < walk.blocks.length && end - start < MAX_GRID_BLOCKS; end++) {
      const b = walk.blocks[end]!;
      const read = piecesOf(walk, b, headed);
      if (!read) break;
      pieces.push(...read.pieces);
      numbered += read.numbered;
      if (read.text) asText.push(b);
    }
    // One graded line may close a table grid above it (its last row, printed apart from the table).
    const closesTable = walk.gridEnd === start && pieces.every((piece) => piece.area === '' || piece.grade !== '');
    // A grid has grades: numbered lines without any are a contents list or the first findings.
    if (end === start || pieces.filter((piece) => piece.grade).length < (headed || closesTable ? 1 : 2)) return undefined;
    if (numbered < 2 && !closesTable && !headed) return undefined;
    const rows = pairGrid(pieces);
    if (!rows) {
      unread(walk, walk.blocks.slice(start, end));
      return end;
    }
    if (headed) keep(walk, walk.blocks[start]!);
    for (const b of asText) keep(walk, b);
    addGrid(walk, rows);
    walk.gridEnd = end;
    return end;
  },
};

export const coverSentence: Handler = {
  name: 'cover-sentence',
  enter(walk, i) {
    const b = walk.blocks[i]!;
    if (!onCover(walk) || b.list || b.type === 'row' || linesOf(b.inline).length !== 1) return undefined;
    const text = textOf(b.inline);
    const graded = text.length <= 200 ? trailingGrade(text) : null;
    if (!graded || graded.apart || !/\b(?:judgement|effectiveness|LSCB|board)\b/i.test(graded.before)) return undefined;
    if (graded.before.split(/\s+/).length > 16) return undefined;
    const area = judgedArea(graded.before);
    walk.report.judgements.push({ part: partOfArea(area, walk.part), area, grade: graded.grade, from: 'sentence', position: positionOf(walk, b) });
    keep(walk, b);
    return i + 1;
  },
};

/**
 * A table whose rows hold areas and grades (grade words in the last cell),
 * read as a grid; false when it is not one. Rows with no grade words (the
 * "Judgement | Grade" header) stay text.
 */
export function tableGrid(walk: Walk, rows: readonly Block[]): boolean {
  const pieces = rows.map((row) => {
    const cells = row.cells!.map((cell) => textOf(cell));
    const grade = cells.length >= 2 ? cells.at(-1)! : '';
    return { area: cells.slice(0, -1).filter(Boolean).join(' '), grade, position: positionOf(walk, row), row };
  });
  const inGrid = pieces.filter((piece) => (piece.grade ? isGradeFragment(piece.grade) : !piece.row.table!.header));
  if (inGrid.filter((piece) => piece.grade).length < 2) return false;
  for (const piece of pieces) if (!inGrid.includes(piece)) keep(walk, piece.row);
  const whole = pairGrid(inGrid);
  if (whole) addGrid(walk, whole);
  else {
    // Read the rows that stand alone; say that the rest could not be read.
    const alone = inGrid.map((piece) => (piece.area ? pairGrid([piece])?.[0] : undefined));
    addGrid(walk, alone.filter((row) => row !== undefined));
    unread(walk, inGrid.filter((_, index) => !alone[index]).map((piece) => piece.row));
  }
  walk.gridEnd = walk.blocks.indexOf(rows.at(-1)!) + 1;
  return true;
}

function addGrid(walk: Walk, rows: readonly GridRow[]): void {
  for (const row of rows) {
    // The grid's numbering ("2.1 Adoption performance") is not part of the area's name.
    const area = row.area.replace(/^\d{1,2}(?:\.\d{1,2})?\.?\s+/, '');
    walk.report.judgements.push({ part: partOfArea(area, walk.part), area, grade: row.grade, from: 'grid', position: row.position });
  }
}

function unread(walk: Walk, blocks: readonly Block[]): void {
  for (const b of blocks) keep(walk, b);
  if (blocks.length === 0) return;
  const position = walk.locate.position(blocks[0]!.inline.start, blocks.at(-1)!.inline.end);
  warn(walk, 'grid-unread', 'warning', 'A judgement grid is printed here but its areas and grades do not pair up: its judgements are not read', position);
}

/**
 * The grid pieces of a block, one a line (a list item's number leads its
 * line; a table row is an area and the grade in its last cell), or null
 * when the block cannot be part of a grid. `text` is whether the block
 * holds words that are neither area nor grade (a table's header row),
 * which are then kept as text.
 */
function piecesOf(walk: Walk, b: Block, bareAreas: boolean): { pieces: GridPiece[]; numbered: number; text: boolean } | null {
  if (b.type === 'row') {
    const cells = b.cells!.map((cell) => textOf(cell));
    const grade = cells.length >= 2 && isGradeFragment(cells.at(-1)!) ? cells.at(-1)! : '';
    const line = gridLine(`${cells.slice(0, grade ? -1 : undefined).filter(Boolean).join(' ')}${grade ? `\t${grade}` : ''}`, bareAreas);
    if (!line) return b.table!.header ? { pieces: [], numbered: 0, text: true } : null;
    return { pieces: [{ ...line, position: positionOf(walk, b) }], numbered: line.numbered ? 1 : 0, text: false };
  }
  if (b.list && (b.list.depth > 1 || !b.list.first)) return null;
  const marker = b.list?.ordered && b.list.marker !== null ? `${b.list.marker}. ` : '';
  const pieces: GridPiece[] = [];
  let numbered = 0;
  for (const [index, [from, to]] of linesOf(b.inline).entries()) {
    const line = gridLine((index === 0 ? marker : '') + textOf(b.inline, from, to), bareAreas);
    if (!line) return null;
    if (line.numbered) numbered++;
    pieces.push({ area: line.area, grade: line.grade, position: walk.locate.position(offsetAt(b.inline, from), offsetAt(b.inline, to)) });
  }
  return { pieces, numbered, text: false };
}
