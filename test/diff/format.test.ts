/** The text and markdown reporters of a diff: pure functions, rendered here without colour. */
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/diff/diff-reports.js';
import { elide, viewOf } from '../../src/diff/view.js';
import { formatDiffMarkdown } from '../../src/diff/format-markdown.js';
import { formatDiffText } from '../../src/diff/format-text.js';
import { parseReport } from '../../src/index.js';
import { diffCase, pairPath, reportAt } from './helpers.js';

const OLD = pairPath('light-edits', 'old');
const NEW = pairPath('light-edits', 'new');

describe('formatDiffText', () => {
  it('prints the counts first, then the header, then the changes grouped by section with the lines of both files', () => {
    expect(formatDiffText(diffCase('light-edits')).split('\n')).toEqual([
      `5 differences: ${OLD} → ${NEW}`,
      '  header:           1 changed',
      '  sections:         15 unchanged, 1 renamed',
      '  paragraphs:       15 unchanged, 1 changed',
      '  findings:         81 unchanged, 1 changed',
      '  recommendations:  10 unchanged, 1 reworded',
      '',
      'Header',
      '  ~ CQC Inspector name  Sue Eardley → Susan Eardley  line 14 → 14',
      '',
      '(before the first heading)',
      '  ~ paragraph changed  line 18 → 18',
      '      … your staff and those of partner agencies at [-relatively-] short notice.',
      '',
      '7 Outcome 12 Recruitment of staff',
      '  ~ section renamed · title “Outcome 12 Staffing recruitment” → “Outcome 12 Recruitment of staff” · outcome 12 Staffing recruitment → 12 Recruitment of staff  line 202 → 202',
      '',
      '9 Outcome 14 Staffing support',
      '  ~ 9.3 changed  line 226 → 226',
      '      … to staff who work mainly with children and [-implementation-]{+take-up+} is generally good in Mid Essex. It is …',
      '',
      '12 Recommendations',
      '  ~ R9 reworded · similarity 0.957  line 260 → 260',
      '      Mid Essex Hospitals to review its approach to {+the+} involvement of fathers, particularly young fathers, to encourage parenting skills and {+shared+} responsibility',
      '',
    ]);
  });

  it('prints one line when nothing differs', () => {
    const seed = reportAt(OLD);
    expect(formatDiffText(diffReports(seed, seed))).toBe(`No differences: ${OLD} → ${OLD}\n`);
  });

  it('shows removed and added findings with their text and the line in their own file, and renumbered ones as old → new', () => {
    const lines = formatDiffText(diffCase('renumbered-findings')).split('\n');
    expect(lines).toContain('  - 4.3 removed  old line 140');
    expect(lines).toContain('  > 4.4 → 4.3 moved  line 142 → 140');
    expect(lines).toContain('  + 4.10 added  new line 154');
    expect(lines).toContain(
      '      Health visitors in North East Essex now attend child protection conferences consistently, since a dedicated liaison post was created in May 2010.',
    );
  });

  it('shows timescale and due changes, and the action plan deadline', () => {
    const text = formatDiffText(diffCase('recommendation-timescales'));
    expect(text).toContain('  ~ R3 → R11 unchanged · timescale Within 3 months → Within 6 months · due 2010-11-23 → 2011-02-23  line 250 → 262\n');
    expect(text).toContain('  recommendations:  11 unchanged (3 with a new timescale, 3 with a new due date)\n');
    expect(formatDiffText(diffCase('header-date'))).toContain('13 Next steps\n  ~ action plan changed · due 2010-09-21 → 2010-10-04  line 264 → 264\n');
  });

  it('shows a moved paragraph by its opening words, since it has no id', () => {
    expect(formatDiffText(diffCase('moved-paragraph'))).toContain(
      'The Context\n  > paragraph moved  line 36 → 46\n      CQC used a range of documentary evidence in advance of and during …\n',
    );
  });

  it('colours deletions red and struck through, insertions green, only when asked', () => {
    const coloured = formatDiffText(diffCase('light-edits'), { color: true });
    expect(coloured).toContain('\u001b[31m\u001b[9mrelatively\u001b[29m\u001b[39m');
    expect(coloured).toContain('\u001b[32m\u001b[4mtake-up\u001b[24m\u001b[39m');
    expect(coloured).not.toContain('[-');
    expect(formatDiffText(diffCase('light-edits'))).not.toMatch(/\u001b\[/);
  });
});

describe('formatDiffMarkdown', () => {
  it('gives the counts as a table, the header as a table and each change as a list item with its word diff', () => {
    const lines = formatDiffMarkdown(diffCase('light-edits')).split('\n');
    expect(lines.slice(0, 4)).toEqual([`# Differences: \`${OLD}\` → \`${NEW}\``, '', '**5 differences.**', '']);
    expect(lines).toContain('| findings | 81 unchanged, 1 changed |');
    expect(lines).toContain('| CQC Inspector name | Sue Eardley | Susan Eardley | line 14 → 14 |');
    expect(lines).toContain('## 9 Outcome 14 Staffing support');
    const at = lines.indexOf('- **9.3** changed (line 226 → 226)  ');
    expect(lines[at + 1]).toBe('  … to staff who work mainly with children and ~~implementation~~**take-up** is generally good in Mid Essex. It is …');
    expect(lines).toContain('- **R9** reworded · similarity 0.957 (line 260 → 260)  ');
  });

  it('says so in one heading when nothing differs', () => {
    const seed = reportAt(OLD);
    expect(formatDiffMarkdown(diffReports(seed, seed))).toBe(`# No differences: \`${OLD}\` → \`${OLD}\`\n`);
  });

  it('escapes report text that markdown would read as syntax', () => {
    const old = parseReport('## 1 Findings\n\n1.1 Staff rated the service 4 | 5.\n');
    const next = parseReport('## 1 Findings\n\n1.1 Staff rated the service 4 | 5 in survey #2.\n');
    const lines = formatDiffMarkdown(diffReports(old, next)).split('\n');
    expect(lines).toContain('  Staff rated the service 4 \\| 5 **in survey \\#2**.');
  });
});

describe('the view both reporters share', () => {
  it('cuts long unchanged stretches to the words next to a change', () => {
    const words = [
      { op: 'equal' as const, text: 'one two three four five six ' },
      { op: 'delete' as const, text: 'seven' },
      { op: 'equal' as const, text: ' eight nine ten eleven twelve thirteen fourteen ' },
      { op: 'insert' as const, text: 'fifteen' },
    ];
    expect(elide(words, 2).map((w) => w.text)).toEqual(['… five six ', 'seven', ' eight nine … thirteen fourteen ', 'fifteen']);
    expect(elide(words, 8)).toEqual(words);
  });

  it('groups the changes under the sections of the new report, in its order', () => {
    expect(viewOf(diffCase('moved-finding')).groups.map((g) => [g.title, g.items.length])).toEqual([
      ['3 Outcome 4 Care and welfare of people who use services', 10],
      ['8 Outcome 13 Staffing numbers', 1],
    ]);
  });
});
