/**
 * `inspect series --format html`: one self-contained page (no script, no
 * font, nothing fetched) with the grade history drawn as an inline SVG
 * chart, one line per judged area, and the table under it. Pure: a series
 * in, a string out.
 */
import { GRADE_RANK, type Series, type SeriesInspection } from './series.js';
import { gradeLabel, seriesTable } from './format-series.js';

/** Distinct colours that stay apart for colour-blind readers (Okabe and Ito), then greys. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999999', '#F0E442', '#666666'];
const LEVELS = [
  { rank: 1, label: 'Outstanding' },
  { rank: 2, label: 'Good' },
  { rank: 3, label: 'Requires improvement / adequate' },
  { rank: 4, label: 'Inadequate' },
];

const WIDTH = 880;
const HEIGHT = 340;
const MARGIN = { top: 20, right: 30, bottom: 50, left: 220 };

export interface SeriesHtmlOptions {
  /** What made the page, for its footer (default "inspect"). */
  generator?: string;
}

export function formatSeriesHtml(series: Series, options: SeriesHtmlOptions = {}): string {
  const title = `Inspections of ${series.authority}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 960px; padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
p.lead { color: #555; margin-top: 0; }
figure { margin: 1.5rem 0; }
svg text { font: 12px system-ui, sans-serif; fill: #333; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; }
ul.legend li { display: flex; align-items: center; gap: 0.4rem; }
ul.legend span.swatch { display: inline-block; width: 1.4rem; height: 0.25rem; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th[scope=row] { font-weight: normal; color: #333; }
td.rose { background: #e3f4e8; }
td.fell { background: #fbe3e1; }
footer { margin-top: 2rem; color: #777; font-size: 0.85rem; }
</style>
</head>
<body>
<h1>${escape(title)}</h1>
<p class="lead">${series.inspections.length} inspection${series.inspections.length === 1 ? '' : 's'}${range(series.inspections)}; grades that rose are marked ↑ (green), grades that fell ↓ (red).</p>
${series.areas.length > 0 ? chart(series) : '<p>No judgement grades were read from these reports.</p>'}
${table(series)}
<footer>Made by ${escape(options.generator ?? 'inspect')} from ${series.inspections.length} report${series.inspections.length === 1 ? '' : 's'}: ${series.inspections.map((i) => escape(i.source)).join(', ')}.</footer>
</body>
</html>
`;
}

function range(inspections: SeriesInspection[]): string {
  const dates = inspections.map((i) => i.date).filter((d): d is string => d !== null);
  return dates.length ? `, ${dates[0]} to ${dates.at(-1)}` : '';
}

function chart(series: Series): string {
  const inner = { width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom };
  const xs = positions(series.inspections, inner.width);
  const y = (rank: number) => MARGIN.top + ((rank - 1) / (LEVELS.length - 1)) * inner.height;
  const grid = LEVELS.map(
    (level) =>
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(level.rank)}" y2="${y(level.rank)}" stroke="#ddd"/><text x="${MARGIN.left - 10}" y="${y(level.rank) + 4}" text-anchor="end">${escape(level.label)}</text>`,
  ).join('\n');
  const ticks = series.inspections
    .map((inspection, at) => `<text x="${xs[at]}" y="${HEIGHT - MARGIN.bottom + 20}" text-anchor="middle">${escape(inspection.date ?? '(no date)')}</text>`)
    .join('\n');
  const lines = series.areas
    .map(({ key, area }, n) => {
      const colour = PALETTE[n % PALETTE.length]!;
      // A small vertical offset per area, so that lines on the same grade stay apart.
      const nudge = ((n % 5) - 2) * 3;
      const points = series.inspections.flatMap((inspection, at) => {
        const grade = inspection.grades[key];
        return grade ? [{ x: xs[at]!, y: y(GRADE_RANK[grade.grade]) + nudge, label: `${area}, ${inspection.date ?? 'no date'}: ${gradeLabel(grade)}` }] : [];
      });
      const path = points.length > 1 ? `<polyline class="area-line" fill="none" stroke="${colour}" stroke-width="2.5" points="${points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}"/>` : '';
      const dots = points.map((p) => `<circle class="grade" cx="${round(p.x)}" cy="${round(p.y)}" r="5" fill="${colour}"><title>${escape(p.label)}</title></circle>`).join('');
      return `<g data-area="${escape(area)}">${path}${dots}</g>`;
    })
    .join('\n');
  const legend = series.areas
    .map(({ area }, n) => `<li><span class="swatch" style="background:${PALETTE[n % PALETTE.length]}"></span>${escape(area)}</li>`)
    .join('');
  return `<figure>
<svg id="grade-history" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title chart-desc">
<title id="chart-title">Grade history of ${escape(series.authority)}</title>
<desc id="chart-desc">Each line is one judged area; its points are the grades of ${series.inspections.length} inspections, from left to right in date order.</desc>
${grid}
${ticks}
${lines}
</svg>
<figcaption><ul class="legend">${legend}</ul></figcaption>
</figure>`;
}

/** x of each inspection: by date where every inspection has one, else evenly spaced. */
function positions(inspections: SeriesInspection[], width: number): number[] {
  const left = MARGIN.left + 20;
  const span = width - 40;
  if (inspections.length === 1) return [left + span / 2];
  const times = inspections.map((i) => (i.date ? Date.parse(i.date) : Number.NaN));
  if (times.every((t) => !Number.isNaN(t)) && times.at(-1)! > times[0]!) {
    return times.map((t) => left + ((t - times[0]!) / (times.at(-1)! - times[0]!)) * span);
  }
  return inspections.map((_, at) => left + (at / (inspections.length - 1)) * span);
}

function table(series: Series): string {
  const { rows, columns } = seriesTable(series);
  const head = columns
    .slice(1)
    .map((c) => `<th scope="col">${escape(c.header)}</th>`)
    .join('');
  const body = rows
    .map((row) => {
      const cells = columns.slice(1).map((c, at) => {
        const change = row.grades?.[at]?.change;
        return `<td${change === 'rose' || change === 'fell' ? ` class="${change}"` : ''}>${escape(c.display ? c.display(row) : String(c.value(row) ?? ''))}</td>`;
      });
      return `<tr><th scope="row">${escape(row.label)}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>
<thead><tr><th></th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
