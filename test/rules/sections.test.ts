/** Which sections hold a place: `#` levels nest, bold-only headings sit below `#` ones, numbered sections never nest. */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { enclosingSections, sectionExtent } from '../../src/rules/sections.js';

const text = [
  '## The Context',
  'Text.',
  '## Findings',
  '**Children in need**', // bold-only: below "Findings"
  'More text.',
  '## 1 Outcome 1 Users', // ends "Findings"
  '1.1 One.',
  '### 2 Outcome 4 Care', // numbered, so not below section 1 though deeper
  '2.1 Two.',
  '#### Detail', // below section 2
  'Detail text.',
  '## Next steps',
  'Act.',
].join('\n\n');
const report = parseReport(text);
const offsetOf = (words: string) => text.indexOf(words);
const titles = (offset: number) => enclosingSections(report, offset).map((s) => s.title);

describe('sections', () => {
  it('reads the fixture as seven sections', () => {
    expect(report.sections.map((s) => s.title)).toEqual([
      'The Context',
      'Findings',
      'Children in need',
      'Outcome 1 Users',
      'Outcome 4 Care',
      'Detail',
      'Next steps',
    ]);
  });

  it('puts a place in its nearest heading and each heading that heading sits below', () => {
    expect(titles(offsetOf('More text.'))).toEqual(['Children in need', 'Findings']);
    expect(titles(offsetOf('Detail text.'))).toEqual(['Detail', 'Outcome 4 Care']);
    expect(titles(offsetOf('2.1 Two.'))).toEqual(['Outcome 4 Care']);
    expect(titles(0)).toEqual(['The Context']);
  });

  it('runs a section to the next heading that is not below it', () => {
    const end = (title: string) => sectionExtent(report, report.sections.findIndex((s) => s.title === title))[1];
    expect(end('Findings')).toBe(offsetOf('## 1 Outcome 1'));
    expect(end('Outcome 1 Users')).toBe(offsetOf('### 2 Outcome 4'));
    expect(end('Outcome 4 Care')).toBe(offsetOf('## Next steps'));
    expect(end('Next steps')).toBe(Number.POSITIVE_INFINITY);
  });
});
