/**
 * The Word plan, read back with mammoth (the library `inspect` reads .docx
 * reports with): the cover as a heading block, then one table with the
 * workbook's columns and a header row that repeats on every page.
 */
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLAN_COLUMNS } from '../../src/action-plan/index.js';
import { planToDocx } from '../../src/action-plan/docx.js';
import { NORFOLK, planOf, SEED, SEED_ROWS } from './helpers.js';

async function htmlOf(path: string): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: await planToDocx(planOf(path)) })).value;
}

/** The text of each cell of each row of the first table. */
function tableOf(html: string): { head: string[]; body: string[][] } {
  const table = /<table>([\s\S]*?)<\/table>/.exec(html)![1]!;
  const cells = (row: string) => [...row.matchAll(/<t[hd]>([\s\S]*?)<\/t[hd]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'));
  const rows = (part: string) => [...part.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1]!));
  return { head: rows(/<thead>([\s\S]*?)<\/thead>/.exec(table)![1]!)[0]!, body: rows(/<tbody>([\s\S]*?)<\/tbody>/.exec(table)![1]!) };
}

describe('the seed as a Word document', () => {
  let html: string;
  beforeAll(async () => {
    html = await htmlOf(SEED);
  });

  it('opens with the cover: the report title as a heading, then the facts', () => {
    expect(html).toMatch(/^<p>Action plan<\/p><h1>Inspection Report Integrated Inspection of Safeguarding/);
    expect(html).toContain('<p><strong>Action plan due: </strong>21 September 2010 (within 20 working days of 23 August 2010, England and Wales bank holidays)</p>');
    expect(html).toContain('<p><strong>Submit to: </strong>your SHA copied to CQC (childrens-services-inspection@cqc.org.uk)</p>');
    expect(html.indexOf('Action plan due')).toBeLessThan(html.indexOf('<table>'));
  });

  it('has one table with the ten columns in a header row that repeats on each page', () => {
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(tableOf(html).head).toEqual(PLAN_COLUMNS.map((c) => c.header));
  });

  it('has a row per recommendation with reference, owner, timescale and due date, the user columns empty', () => {
    const { body } = tableOf(html);
    expect(body).toHaveLength(11);
    body.forEach((cells, i) => {
      const expected = SEED_ROWS[i]!;
      expect(cells[0]).toBe(expected.reference);
      expect(cells[2]).toBe(expected.owner ?? '');
      expect(cells[3]).toBe(i < 3 ? 'Within 3 months' : 'Within 6 months');
      expect(cells[4]).toBe(i < 3 ? '23 Nov 2010' : '23 Feb 2011');
      expect(cells.slice(5)).toEqual(['', '', '', '', '']);
      expect(cells[1]!.endsWith('(joint report)')).toBe(expected.joint);
    });
  });

  it('sets joint-report recommendations in italics', () => {
    expect(html).toContain('<td><p><em>Essex PCTs to ensure appropriately trained');
    expect(html).toContain('<td><p>Essex PCTs to demonstrate a co-ordinated');
  });
});

describe('Norfolk as a Word document', () => {
  it('has 17 rows and says the report sets no deadline', async () => {
    const html = await htmlOf(NORFOLK);
    expect(tableOf(html).body).toHaveLength(17);
    expect(html).toContain('<p><strong>Action plan due: </strong>The report sets no deadline for the action plan.</p>');
  });
});
