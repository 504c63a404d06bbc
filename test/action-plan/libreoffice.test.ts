/**
 * The files open in a real office suite: LibreOffice (headless) converts the
 * seed's XLSX and DOCX to PDF, and the PDF holds the plan; a plan filled in
 * and saved again by LibreOffice Calc (as XLSX, and as CSV) reads the same. Skipped, saying
 * why, where LibreOffice is not installed (CI has none). One conversion at a
 * time, each with its own time limit, in a profile of its own so that a
 * LibreOffice already running on the machine cannot swallow the job.
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planStatus, readPlan, writeActionPlan, type PlanFormat, type PlanStatus } from '../../src/action-plan/index.js';
import { readCsv } from '../../src/action-plan/read.js';
import { FILLED, filledWorkbook, planOf, SEED } from './helpers.js';

const CONVERSION_TIMEOUT_MS = 90_000;

function onPath(...names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

const soffice = onPath('soffice', 'libreoffice');
const pdftotext = onPath('pdftotext');
const SKIPPED = 'skipped: LibreOffice (soffice or libreoffice) is not on PATH; install Debian\'s libreoffice-calc and libreoffice-writer to run it';
if (!soffice) console.warn(`test/action-plan/libreoffice.test.ts: ${SKIPPED}`);

const dir = mkdtempSync(join(tmpdir(), 'inspect-libreoffice-'));
const profile = pathToFileURL(join(dir, 'profile')).href;

/**
 * Convert one file (to "pdf", "xlsx", or a filter string) into `outdir`;
 * kills the whole LibreOffice process group if it takes too long.
 */
function convert(file: string, to: string, outdir: string): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outdir, file], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, CONVERSION_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

/** Convert, and check that it finished in time and made the file: soffice exits 0 even when it cannot load the input. */
async function converted(file: string, to: string, outdir: string, expected: string): Promise<void> {
  const result = await convert(file, to, outdir);
  expect(result.timedOut, `LibreOffice took longer than ${CONVERSION_TIMEOUT_MS / 1000}s`).toBe(false);
  expect(result.code, result.output).toBe(0);
  expect(existsSync(expected), `no ${expected}: ${result.output}`).toBe(true);
}

function textOf(pdf: string): string | null {
  if (!pdftotext) return null;
  const result = spawnSync(pdftotext, ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout : null;
}

describe.skipIf(!soffice).sequential(soffice ? 'the seed plan in LibreOffice' : `the seed plan in LibreOffice (${SKIPPED})`, () => {
  const cases: Array<[PlanFormat, string[]]> = [
    ['xlsx', ['R11', '23 Feb 2011', 'Essex Safeguarding Children', '21 September 2010 (within 20 working days', 'your SHA copied to CQC']],
    // A narrow Word column may wrap a date onto two lines, depending on the fonts installed.
    ['docx', ['R11', '23 Feb', 'Mid Essex Hospitals', '21 September 2010 (within 20 working days', 'your SHA copied to CQC']],
  ];
  for (const [format, expected] of cases) {
    it(
      `converts the ${format.toUpperCase()} plan to a PDF that holds every recommendation and the cover`,
      async () => {
        const file = join(dir, `seed.${format}`);
        writeFileSync(file, await writeActionPlan(planOf(SEED), format));
        const pdf = join(dir, `seed.pdf`);
        rmSync(pdf, { force: true });
        await converted(file, 'pdf', dir, pdf);
        const bytes = readFileSync(pdf).toString('latin1');
        expect(bytes.slice(0, 5)).toBe('%PDF-');
        if (format === 'docx') {
          // Every page of the Word plan is landscape: wider than tall.
          const boxes = [...bytes.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
          expect(boxes.length).toBeGreaterThan(0);
          for (const [width, height] of boxes) expect(width).toBeGreaterThan(height!);
        }
        const text = textOf(pdf);
        if (text !== null) {
          const flat = text.replace(/\s+/g, ' ');
          for (const phrase of expected) expect(flat).toContain(phrase);
          for (let n = 1; n <= 11; n++) expect(flat).toMatch(new RegExp(`\\bR${n}\\b`));
        }
      },
      CONVERSION_TIMEOUT_MS + 10_000,
    );
  }

  // Filled in with exceljs, then opened and saved by LibreOffice Calc, as a person would.
  describe('a filled-in plan saved again by LibreOffice Calc', () => {
    const expected = FILLED.map((f) => `${f.row}:${f.progress}`).concat(['13:complete', '15:broken']);
    const progressOf = (status: PlanStatus) => status.rows.map((r) => `${r.row}:${r.progress}`);
    /** The filled-in workbook converted by Calc; the bytes of the file it writes. */
    async function savedByCalc(to: string, name: string): Promise<Buffer> {
      const file = join(dir, 'filled.xlsx');
      writeFileSync(file, await filledWorkbook());
      const outdir = mkdtempSync(join(dir, 'calc-'));
      await converted(file, to, outdir, join(outdir, name));
      return readFileSync(join(outdir, name));
    }

    it(
      'reads the same from the XLSX it saves',
      async () => {
        const status = planStatus(await readPlan(await savedByCalc('xlsx', 'filled.xlsx'), 'xlsx'), { asOf: '2010-12-01' });
        expect(progressOf(status)).toEqual(expected);
      },
      CONVERSION_TIMEOUT_MS + 10_000,
    );

    it(
      'reads the same from the plan sheet saved as CSV, whatever order its dates are in',
      async () => {
        // Comma-separated, quoted, UTF-8, from the first line, sheet 2 (the plan): LibreOffice names the file after the sheet.
        const csv = await savedByCalc('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2', 'filled-Action plan.csv');
        const status = planStatus(readCsv(csv.toString('utf8')), { asOf: '2010-12-01' });
        expect(progressOf(status)).toEqual(expected);
        expect(status.rows.map((r) => r.due).slice(0, 5)).toEqual(['2010-11-23', '2010-11-23', '2010-11-23', '2011-02-23', '2011-02-23']);
      },
      CONVERSION_TIMEOUT_MS + 10_000,
    );
  });
});
