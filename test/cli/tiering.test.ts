/**
 * The command line's V8 tiering flags (src/cli/tiering.ts): chosen by V8's
 * major version, each one a flag the running Node knows (CI runs this file on
 * Node 20, 22 and 24, so a renamed flag fails here), never one the user set,
 * and never a word on stderr.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tieringFlags } from '../../src/cli/tiering.js';

describe('tieringFlags', () => {
  it('raises the interrupt budget on V8 11 (Node 20)', () => {
    expect(tieringFlags('11.3.244.8-node.33')).toEqual(['--interrupt-budget=1000000']);
  });

  it('raises the invocation counts for Maglev and TurboFan on V8 12 (Node 22)', () => {
    expect(tieringFlags('12.4.254.21-node.33')).toEqual(['--invocation-count-for-turbofan=10000', '--invocation-count-for-maglev=1200']);
  });

  it('keeps the defaults on V8 13 and later (Node 24), where they measured as well', () => {
    expect(tieringFlags('13.6.233.17-node.37')).toEqual([]);
    expect(tieringFlags('14.1.0')).toEqual([]);
  });

  it('names only flags the running Node accepts', () => {
    const flags = tieringFlags(process.versions.v8);
    const result = spawnSync(process.execPath, [...flags, '-e', '0'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the command line', () => {
  it('leaves a flag the user gave on the command line alone, in either spelling', () => {
    expect(tieringFlags('11.3.244.8', ['--interrupt-budget=5000'])).toEqual([]);
    expect(tieringFlags('11.3.244.8', ['--inspect', '--interrupt_budget=5000'])).toEqual([]);
    expect(tieringFlags('12.4.254.21', ['--invocation-count-for-maglev=1'])).toEqual(['--invocation-count-for-turbofan=10000']);
  });

  it('sets them without a word on stderr', () => {
    const result = spawnSync(process.execPath, ['bin/inspect.js', 'parse', 'fixtures/essex-2010-cqc-safeguarding-lac/input.md', '--quiet'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
