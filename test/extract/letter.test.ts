/** Names of inspectors, as letters and teams print them: one case a line. */
import { describe, expect, it } from 'vitest';
import { namesOf } from '../../src/extract/fields.js';
import { inspectorName, proseInspectors } from '../../src/extract/letter.js';

const at = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

describe('inspectorName', () => {
  it.each([
    ['Matt Reed, His Majesty’s Inspector', 'Matt Reed'],
    ['Gary Lamb HMI', 'Gary Lamb'],
    ['Jan Edwards', 'Jan Edwards'],
  ])('%j → %j', (text, name) => expect(inspectorName(text)).toBe(name));
});

describe('proseInspectors', () => {
  it.each([
    ['Her Majesty’s Inspectors for this visit were Steve Lowe and Tracey Ledder.', ['Steve Lowe', 'Tracey Ledder']],
    ['The visit was conducted by Alison Smale and Tara Geere, two of Her Majesty’s Inspectors.', ['Alison Smale', 'Tara Geere']],
    ['The inspectors were Paula Thomson-Jones HMI and Mandy Nightingale HMI.', ['Paula Thomson-Jones', 'Mandy Nightingale']],
  ])('%j', (text, names) => expect(proseInspectors([{ text, position: at }])).toEqual(names));

  it('finds no one in prose that names no inspectors', () => {
    expect(proseInspectors([{ text: 'Inspectors looked at a range of evidence.', position: at }])).toBeNull();
  });
});

describe('namesOf', () => {
  it.each([
    ['Neil Penswick, Fiona Parker, Linda Steele and Margaret Farrow.', ['Neil Penswick', 'Fiona Parker', 'Linda Steele', 'Margaret Farrow']],
    ['Janet Fraser HMI, Ty Yousaf (Seconded Inspector), Ian Young HMI', ['Janet Fraser', 'Ty Yousaf', 'Ian Young']],
    ['Rachel Holden, Margaret Farrow. Shadow inspector: Anne-Marie Born', ['Rachel Holden', 'Margaret Farrow', 'Anne-Marie Born']],
    ['Shirley Bailey HMI, Ty Yousaf, Associate Inspector', ['Shirley Bailey', 'Ty Yousaf']],
    ['N/A', []],
  ])('%j', (value, names) => expect(namesOf(value)).toEqual(names));
});
