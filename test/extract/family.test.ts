/** Family, organisation and authority, read from a report's words: one case a line. */
import { describe, expect, it } from 'vitest';
import { areaOfTitle, authorityKey, isCouncilName, kindOf, organisationOfTitle } from '../../src/extract/family.js';
import { parseReport } from '../../src/index.js';

describe('kindOf', () => {
  it.each([
    ['Focused visit to Bury local authority children’s services', 'focused-visit'],
    ['Area SEND inspection of Dorset Local Area Partnership', 'area-send'],
    ['Inspection of services for children in need of help and protection, children looked after and care leavers', 'sif'],
    ['Inspection Report Integrated Inspection of Safeguarding and Looked After Children\'s Services in Essex – Mid Essex PCT', 'cqc-safeguarding'],
    ['Inspection of looked after children services', 'lac'],
    ['Inspection of children’s social care services', 'ilacs'],
    ['Inspection of Kent County Council children’s services', 'ilacs'],
    ['Report not found', 'unknown'],
  ])('%j → %s', (text, kind) => expect(kindOf(text)).toBe(kind));
});

describe('organisationOfTitle', () => {
  it.each([
    ['Inspection of Bury local authority children’s services', 'Bury'],
    ['Inspection of Kent County Council children’s services', 'Kent County Council'],
    ['Focused visit to the Royal Borough of Greenwich children’s services', 'Royal Borough of Greenwich'],
    ['Area SEND inspection of Dorset Local Area Partnership', 'Dorset Local Area Partnership'],
    ['Nottingham City Council', 'Nottingham City Council'],
    ['Newcastle Upon Tyne', 'Newcastle Upon Tyne'],
    ['Inspection of children’s social care services', null],
    ['Inspection of services for children in need of help and protection', null],
  ])('%j → %j', (title, organisation) => expect(organisationOfTitle(title)).toBe(organisation));
});

describe('isCouncilName', () => {
  it.each(['Stockton-on-Tees Borough Council', 'Warwickshire', 'London Borough of Haringey'])('takes %j for a council', (name) => expect(isCouncilName(name)).toBe(true));
  // A health body's name is capitalised words as well; its key would file a PCT's report as an authority's.
  it.each(['Mid Essex PCT', 'North Essex Partnership NHS Foundation Trust', 'Great Ormond Street Hospital', 'NHS Haringey'])('does not take the health body %j for one', (name) =>
    expect(isCouncilName(name)).toBe(false),
  );
});

describe('the authority of a report whose header names a health body', () => {
  const header = (organisation: string) =>
    parseReport(['# Inspection Report', '', 'Date of Inspection: 28 June – 9 July 2010', `Organisation Name: ${organisation}`, '', '## 1 Outcome 1 Involving users', '', '1.1 Users are involved.'].join('\n'), { path: 'x.md' });

  it('is none: a PCT is not a council, and the title names no area', () => {
    expect(header('Mid Essex PCT').metadata).toMatchObject({ organisation: 'Mid Essex PCT' });
    expect(header('Mid Essex PCT').metadata.authority).toBeUndefined();
  });
  it('is the council a header names', () => expect(header('Essex County Council').metadata.authority).toBe('essex'));
});

describe('areaOfTitle: the area a CQC report of health services names', () => {
  it.each([
    ["Integrated Inspection of Safeguarding and Looked After Children's Services in Essex – Mid Essex PCT and Mid Essex NHS Trust", 'Mid Essex PCT', 'Essex'],
    // Title lines joined with no dash between the area and the bodies: the organisation's own name ends the area.
    ["Review of progress against the recommendations of the Integrated Inspection of Safeguarding and Looked After Children's Services in Essex Mid Essex PCT and Mid Essex NHS Trust", 'Mid Essex PCT (plus mid Essex NHS Trust)', 'Essex'],
    ['Review of health services for Children Looked After and Safeguarding in Haringey', null, 'Haringey'],
    ['Review of health services for Children Looked After and Safeguarding in Kingston upon Hull', null, 'Kingston upon Hull'],
    ['Review of health services for Children Looked After and Safeguarding in the London Borough of Hackney', null, 'London Borough of Hackney'],
  ])('%j (organisation %j) → %j', (title, organisation, area) => expect(areaOfTitle(title, organisation)).toBe(area));

  it.each([
    // Area and bodies run together with nothing to tell where one ends: no guess.
    ["Integrated Inspection of Safeguarding and Looked After Children's Services in Essex Mid Essex PCT and Mid Essex NHS Trust", null],
    ['Inspection of services for children in need of help and protection', null],
    ['Safeguarding in practice', null],
  ])('%j (organisation %j) → null', (title, organisation) => expect(areaOfTitle(title, organisation)).toBeNull());
});

describe('authorityKey', () => {
  it.each([
    ['Bury', 'bury'],
    ['Hull', 'kingston-upon-hull'],
    ['Kingston Upon Hull City Council', 'kingston-upon-hull'],
    ['City of Bradford Metropolitan District Council', 'bradford'],
    ['London Borough of Haringey', 'haringey'],
    ['Royal Borough of Kingston upon Thames', 'kingston-upon-thames'],
    ['Metropolitan Borough of Rotherham', 'rotherham'],
    ['Stockton-on-Tees Borough Council', 'stockton-on-tees'],
    ['Bath and North East Somerset Council', 'bath-and-north-east-somerset'],
    ['Bedford Borough', 'bedford'],
    ['North Northamptonshire Local Area Partnership', 'north-northamptonshire'],
    ['City of London', 'city-of-london'],
  ])('%j → %s', (name, key) => expect(authorityKey(name)).toBe(key));
});
