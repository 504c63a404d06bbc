/** Text that is not UTF-8: Windows-1252 (Word's "Plain Text" on Windows) is guessed and said; `encoding` names it outright; other bytes are refused. */
import { describe, expect, it } from 'vitest';
import { InputError, parseDocument } from '../../src/index.js';
import { decodeText } from '../../src/read/input.js';

const cp1252 = (text: string) => Buffer.from(text.replace(/[“”–£]/g, (c) => String.fromCharCode({ '“': 0x93, '”': 0x94, '–': 0x96, '£': 0xa3 }[c]!)), 'latin1');
const WORD_TEXT = cp1252('1.1 The council spent £2 million on the “hub” – a new front door.\n\n1.2 Children are seen quickly.\n');

describe('decodeText', () => {
  it.each([
    ['smart quotes, a dash and a pound sign', WORD_TEXT, '1.1 The council spent £2 million on the “hub” – a new front door.\n\n1.2 Children are seen quickly.\n'],
    ['an accented name', cp1252('Inspector: Ren\xe9e Dupont\n'), 'Inspector: Renée Dupont\n'],
  ])('guesses Windows-1252 for %s, and says it guessed', (_what, bytes, text) => {
    expect(decodeText(bytes, 'x.txt', { guess: true })).toEqual({ text, encoding: 'windows-1252', guessed: true });
  });

  it('never guesses unless asked, as decodeInput does not', () => {
    expect(() => decodeText(WORD_TEXT, 'x.txt')).toThrowError(new InputError('x.txt', 'encoding', 'is not valid UTF-8 (first bad byte at offset 22); convert it to UTF-8 first'));
  });

  it.each([
    ['a byte Windows-1252 leaves undefined', Buffer.from('The \x81 report\n', 'latin1')],
    ['UTF-8 cut short', Buffer.concat([Buffer.from('Report '), Buffer.from([0xe2, 0x80])])],
    ['bytes above ASCII in runs, as binary data has', Buffer.from(`Report ${'\xe9\xe8\xea\xeb'.repeat(20)}\n`, 'latin1')],
    ['a control character', Buffer.from('The \x02report \x93x\x94\n', 'latin1')],
  ])('refuses %s as not UTF-8', (_what, bytes) => {
    expect(() => decodeText(bytes, 'x.txt', { guess: true })).toThrowError(/is not valid UTF-8/);
  });

  it('decodes in a named encoding without guessing', () => {
    expect(decodeText(WORD_TEXT, 'x.txt', { encoding: 'cp1252' })).toMatchObject({ encoding: 'windows-1252', text: expect.stringContaining('“hub” –') });
    expect(decodeText(Buffer.from('caf\xe9\n', 'latin1'), 'x.txt', { encoding: 'iso-8859-2' }).text).toBe('café\n');
  });

  it('refuses a name that is no encoding', () => {
    expect(() => decodeText(WORD_TEXT, 'x.txt', { encoding: 'klingon' })).toThrowError(/"klingon" is not an encoding/);
  });
});

describe('parseDocument on Windows-1252 text', () => {
  it('reads it, with an encoding-guessed warning naming Windows-1252', async () => {
    const report = await parseDocument(WORD_TEXT, { path: 'word.txt' });
    expect(report.findings.map((f) => f.id)).toEqual(['1.1', '1.2']);
    expect(report.findings[0]!.text).toContain('£2 million on the “hub” – a new front door');
    expect(report.diagnostics.filter((d) => d.rule === 'encoding-guessed')).toEqual([expect.objectContaining({ severity: 'warning', actual: 'windows-1252', message: expect.stringContaining('Windows-1252') })]);
  });

  it('says nothing when the encoding is named', async () => {
    const report = await parseDocument(WORD_TEXT, { path: 'word.txt', encoding: 'windows-1252' });
    expect(report.diagnostics.map((d) => d.rule)).not.toContain('encoding-guessed');
  });
});
