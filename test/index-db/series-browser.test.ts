/**
 * The series page in a real browser: headless Chromium (Debian's `chromium`)
 * loads the page from a file with the network off, and the test reads the
 * DOM it built and the screenshot it took: the SVG chart is there, with a
 * line per area, and its colours are on the screen. Skipped, saying why,
 * where Chromium is not installed (`apt-get install -y chromium`).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSeriesHtml } from '../../src/index-db/format-series-html.js';
import { openIndex } from '../../src/index-db/open.js';
import { series } from '../../src/index-db/series.js';
import { decodePng } from '../helpers/png.js';
import { tempDir } from './helpers.js';
import { seriesIndex } from './series-fixture.js';

function onPath(...names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return null;
}

const chromium = onPath('chromium', 'chromium-browser');
if (!chromium) console.warn('test/index-db/series-browser.test.ts: skipped: Chromium is not on PATH; install Debian\'s chromium to run it');

function browse(url: string, dir: string, extra: string[]) {
  return spawnSync(
    chromium!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The page must need nothing from the network: any host it asked for would not resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--user-data-dir=${join(dir, `profile-${extra[0]!.replace(/\W/g, '')}`)}`,
      '--window-size=1000,1100',
      ...extra,
      url,
    ],
    { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
}

describe.skipIf(!chromium)('the series page in headless Chromium', () => {
  it('loads with its chart drawn: an SVG with a line per area and a point per grade, in the colours of the legend', async () => {
    const dir = tempDir('inspect-chromium-');
    const db = await openIndex(await seriesIndex());
    const page = join(dir, 'testshire.html');
    writeFileSync(page, formatSeriesHtml(series(db, 'testshire')));
    db.close();
    const url = pathToFileURL(page).href;

    const dom = browse(url, dir, ['--dump-dom']);
    expect(dom.status, dom.stderr).toBe(0);
    expect(dom.stdout).toMatch(/<svg id="grade-history"/);
    expect(dom.stdout.match(/<polyline class="area-line"/g)).toHaveLength(3);
    expect(dom.stdout.match(/<circle class="grade"/g)).toHaveLength(9);

    const shot = join(dir, 'testshire.png');
    const run = browse(url, dir, [`--screenshot=${shot}`]);
    expect(run.status, run.stderr).toBe(0);
    const image = decodePng(readFileSync(shot));
    expect(image.width).toBe(1000);
    // The first three colours of the palette (one per area line) are on screen, near enough (anti-aliasing).
    const wanted = [
      [0x00, 0x72, 0xb2],
      [0xd5, 0x5e, 0x00],
      [0x00, 0x9e, 0x73],
    ];
    const found = wanted.map(() => 0);
    for (let y = 0; y < Math.min(image.height, 600); y++) {
      for (let x = 0; x < image.width; x++) {
        const [r, g, b] = image.pixel(x, y);
        wanted.forEach(([wr, wg, wb], i) => {
          if (Math.abs(r - wr!) + Math.abs(g - wg!) + Math.abs(b - wb!) < 24) found[i]!++;
        });
      }
    }
    for (const count of found) expect(count).toBeGreaterThan(50);
  }, 120_000);
});
