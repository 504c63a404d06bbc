/**
 * The pdf.js boundary (src/read/pdf/text.ts): what reading a PDF leaves
 * behind in the thread that read it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../src/read/pdf/text.js';

// Taken before anything in this file loads pdf.js (pdfText imports it on first use). Identity, not
// toString: core-js also patches Function.prototype.toString so that its replacements print as native.
const before = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };

describe('pdfText', () => {
  it('leaves Array.prototype.push, JSON.stringify and JSON.parse native after loading pdf.js', async () => {
    await pdfText(readFileSync('fixtures/ofsted-norfolk-lac-2013/input.pdf'), 'norfolk.pdf');
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.stringify).toBe(before.stringify);
    expect(JSON.parse).toBe(before.parse);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')).toMatchObject({ enumerable: false, writable: true, configurable: true });
  });
});
