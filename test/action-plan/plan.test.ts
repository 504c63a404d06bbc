/**
 * The plan model: the cover and the rows built from a report, who the plan
 * goes to, and the CSV and Markdown plans.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_COLUMNS, recipientsIn } from '../../src/action-plan/index.js';
import { planToCsv, parseCsv } from '../../src/action-plan/csv.js';
import { planToMarkdown } from '../../src/action-plan/md.js';
import { NORFOLK, NORFOLK_DUES, planOf, SEED, SEED_ROWS } from './helpers.js';

describe('the plan for the seed', () => {
  const plan = planOf(SEED);

  it('has one row per recommendation, R1 to R11, with owner, timescale and due date', () => {
    expect(plan.rows.map((r) => r.reference)).toEqual(SEED_ROWS.map((r) => r.reference));
    expect(plan.rows.map((r) => r.owner)).toEqual(SEED_ROWS.map((r) => r.owner));
    expect(plan.rows.map((r) => r.due)).toEqual(SEED_ROWS.map((r) => r.due));
    expect(plan.rows.map((r) => r.jointReport)).toEqual(SEED_ROWS.map((r) => r.joint));
    expect(plan.rows.map((r) => r.timescale)).toEqual([...Array(3).fill('Within 3 months'), ...Array(8).fill('Within 6 months')]);
  });

  it('keeps the recommendation text as the report words it', () => {
    expect(plan.rows[8]!.text).toBe(
      'Mid Essex Hospitals to review its approach to involvement of fathers, particularly young fathers, to encourage parenting skills and responsibility',
    );
  });

  it('puts the report facts on the cover', () => {
    expect(plan.cover.organisation).toBe('Mid Essex PCT (plus mid Essex NHS Trust)');
    expect(plan.cover.inspectionDates).toMatchObject({ start: '2010-06-28', end: '2010-07-09' });
    expect(plan.cover.finalReportDate?.date).toBe('2010-08-23');
    expect(plan.cover.title).toMatch(/^Inspection Report Integrated Inspection of Safeguarding and Looked After Children's Services in Essex/);
  });

  // 20 working days from Monday 23 August 2010, skipping the summer bank holiday on 30 August: Tuesday 21 September.
  it('counts the action plan deadline in working days: 20 from 23 August 2010 is 21 September 2010', () => {
    expect(plan.cover.deadline).toMatchObject({ workingDays: 20, due: '2010-09-21', from: '2010-08-23' });
    expect(plan.cover.deadline?.text).toBe('An action plan is required within 20 working days of receipt of this report.');
  });

  // Scotland's summer bank holiday was Monday 2 August 2010, so 30 August is a working day there.
  it("uses the region's bank holidays: in Scotland the plan is due a day earlier, 20 September 2010", () => {
    expect(planOf(SEED, { region: 'scotland' }).cover.deadline?.due).toBe('2010-09-20');
  });

  // From Monday 20 December 2010 in England: 27, 28 December and 3 January are bank holidays; Scotland adds 4 January.
  it('counts from --from when given', () => {
    expect(planOf(SEED, { from: '2010-12-20' }).cover.deadline?.due).toBe('2011-01-20');
    expect(planOf(SEED, { from: '2010-12-20', region: 'scotland' }).cover.deadline?.due).toBe('2011-01-21');
    expect(planOf(SEED, { from: '2010-12-20' }).rows[0]!.due).toBe('2011-03-20');
  });

  it('names who the plan goes to from the next steps: the SHA, copied to CQC at its address', () => {
    expect(plan.cover.recipients).toEqual({
      to: ['your SHA'],
      copy: ['CQC'],
      emails: ['childrens-services-inspection@cqc.org.uk'],
      text: 'Please submit the action plan to your SHA copied to CQC through childrens-services-inspection@cqc.org.uk and it will be followed up through the regional team.',
    });
  });
});

describe('the plan for Norfolk (Ofsted, 2013)', () => {
  const plan = planOf(NORFOLK);

  it('has 17 rows with the due dates of their timescales, all owned by the local authority', () => {
    expect(plan.rows).toHaveLength(17);
    expect(plan.rows.map((r) => r.reference)).toEqual(Array.from({ length: 17 }, (_, i) => `R${i + 1}`));
    expect(plan.rows.map((r) => r.due)).toEqual(NORFOLK_DUES);
    expect(new Set(plan.rows.map((r) => r.owner))).toEqual(new Set(['the local authority']));
    expect(plan.rows[6]!.timescale).toBe('Within three months');
  });

  it('has no action plan deadline and no recipients, because the report sets none', () => {
    expect(plan.cover.deadline).toBeNull();
    expect(plan.cover.recipients).toBeNull();
    expect(plan.cover.organisation).toBe('Norfolk County Council');
    expect(plan.cover.finalReportDate?.date).toBe('2013-08-16');
  });
});

describe('who the action plan goes to', () => {
  it.each([
    [
      'submit … to A and B',
      'Please complete an action plan and submit this to CQC and your SHA Chief Executive within 20 working days of receipt of the final report.',
      { to: ['CQC', 'your SHA Chief Executive'], copy: [], emails: [] },
    ],
    ['an address alone', 'Send your action plan to enquiries@ofsted.gov.uk by 1 May 2020.', { to: [], copy: [], emails: ['enquiries@ofsted.gov.uk'] }],
    [
      'a list, then a copy',
      'Please send the plan to the Department for Education, Ofsted and the Local Safeguarding Children Board, copying in the Regional Director.',
      { to: ['the Department for Education', 'Ofsted', 'the Local Safeguarding Children Board'], copy: ['the Regional Director'], emails: [] },
    ],
    ['a clause that runs on is not a body', 'Submit it to your SHA, the Regional Director will then review it in detail and respond.', { to: ['your SHA'], copy: [], emails: [] }],
  ])('reads %s', (_name, text, expected) => {
    expect(recipientsIn(text)).toMatchObject(expected);
  });

  it('reads "to address the recommendations" as a purpose, not a recipient', () => {
    expect(recipientsIn('The local authority should submit an action plan to address the recommendations.')).toBeNull();
  });

  it('finds nothing in text that sends nothing', () => {
    expect(recipientsIn('An action plan is required within 20 working days.')).toBeNull();
  });
});

describe('the CSV plan', () => {
  const csv = planToCsv(planOf(SEED));
  const records = parseCsv(csv);

  it('starts with a byte-order mark so that Excel reads UTF-8, and ends records in CRLF', () => {
    expect(csv.startsWith('\uFEFFRef,Recommendation,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(13);
  });

  it('has the header and one record per recommendation, the user columns empty', () => {
    expect(records[0]!.fields).toEqual(PLAN_COLUMNS.map((c) => c.header));
    expect(records).toHaveLength(12);
    expect(records.slice(1).map((r) => [r.fields[0], r.fields[2], r.fields[4]])).toEqual(SEED_ROWS.map((r) => [r.reference, r.owner ?? '', r.due]));
    for (const r of records.slice(1)) expect(r.fields.slice(5)).toEqual(['', '', '', '', '']);
  });

  it('marks joint-report recommendations and quotes fields with commas', () => {
    expect(records[2]!.fields[1]).toBe(
      'Essex PCTs to provide clear and effective leadership for safeguarding of children and young people through clearly defined and, substantive designated and named nurse and doctor roles, building teams working across the health communities (joint report)',
    );
    expect(csv).toContain('R2,"Essex PCTs to provide clear');
    expect(records[3]!.fields[1]).not.toContain('(joint report)');
  });
});

describe('the Markdown plan', () => {
  const md = planToMarkdown(planOf(SEED));
  const lines = md.split('\n');

  it('opens with the cover as a heading block: title, deadline and recipients', () => {
    expect(lines[0]).toBe('# Action plan');
    expect(lines[2]).toMatch(/^## Inspection Report Integrated Inspection/);
    expect(lines).toContain('- **Action plan due:** 21 September 2010 (within 20 working days of 23 August 2010, England and Wales bank holidays)');
    expect(lines).toContain('- **Submit to:** your SHA copied to CQC (childrens-services-inspection@cqc.org.uk)');
    expect(lines).toContain('- **Inspection dates:** 28 June 2010 to 9 July 2010');
  });

  it('has a GFM table with the ten columns and 11 rows', () => {
    const table = lines.filter((l) => l.startsWith('|'));
    expect(table[0]).toBe('| Ref | Recommendation | Owner | Timescale | Due date | Planned actions | Lead officer | Status | Evidence | Date completed |');
    expect(table[1]).toBe(`|${' --- |'.repeat(10)}`);
    expect(table).toHaveLength(13);
    expect(table[10]).toMatch(/^\| R9 \| Mid Essex Hospitals to review .* \| Mid Essex Hospitals \| Within 6 months \| 2011-02-23 \|  \|  \|  \|  \|  \|$/);
  });

  it('says so on the cover when the report sets no deadline (Norfolk)', () => {
    const norfolk = planToMarkdown(planOf(NORFOLK));
    expect(norfolk).toContain('- **Action plan due:** The report sets no deadline for the action plan.');
    expect(norfolk.split('\n').filter((l) => /^\| R\d+ /.test(l))).toHaveLength(17);
  });
});

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes, line breaks in quotes, LF and CRLF', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"two\nlines",x\n').map((r) => r.fields)).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['two\nlines', 'x'],
    ]);
  });

  it('counts rows as a spreadsheet does, and refuses an open quote', () => {
    expect(parseCsv('h\n1\n2').map((r) => r.row)).toEqual([1, 2, 3]);
    expect(() => parseCsv('a,"open\n')).toThrow(SyntaxError);
  });
});
