/** .inspectrc.json: found upward from each file, the nearest wins; settings checked against the rules. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, ConfigError, createConfigLoader, parseConfig } from '../../src/validate/index.js';

const root = mkdtempSync(join(tmpdir(), 'inspect-config-'));
const outer = join(root, 'reports');
const inner = join(outer, '2010', 'essex');
mkdirSync(inner, { recursive: true });
writeFileSync(join(outer, CONFIG_FILE), JSON.stringify({ rules: { 'header-missing-chief-executive': 'off', 'numbering-gap': 'error' } }));
const nested = join(root, 'nested');
mkdirSync(join(nested, 'child'), { recursive: true });
writeFileSync(join(nested, CONFIG_FILE), JSON.stringify({ rules: { 'numbering-gap': 'error' } }));
writeFileSync(join(nested, 'child', CONFIG_FILE), JSON.stringify({ $schema: 'x', rules: { 'emphasis-stray': 'off' } }));

describe('finding the config file', () => {
  it('takes the one in a folder above the file', async () => {
    const config = await createConfigLoader()(inner);
    expect(config.path).toBe(join(outer, CONFIG_FILE));
    expect(config.rules).toEqual({ 'header-missing-chief-executive': 'off', 'numbering-gap': 'error' });
  });

  it('takes the nearest one only, as other linters do', async () => {
    const config = await createConfigLoader()(join(nested, 'child'));
    expect(config).toEqual({ path: join(nested, 'child', CONFIG_FILE), rules: { 'emphasis-stray': 'off' } });
  });

  it('gives no settings when there is none up to the root', async () => {
    expect(await createConfigLoader()(root)).toEqual({ path: null, rules: {} });
  });

  it('names the file when it is broken', async () => {
    const broken = join(root, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, CONFIG_FILE), '{"rules": ');
    const error = await createConfigLoader()(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).path).toBe(join(broken, CONFIG_FILE));
    expect((error as ConfigError).message).toMatch(/^not valid JSON/);
  });
});

describe('reading the settings', () => {
  it('accepts off, warning and error for known rules', () => {
    expect(parseConfig('{"rules": {"numbering-gap": "off", "json-schema": "warning", "emphasis-stray": "error"}}', 'c.json')).toEqual({
      'numbering-gap': 'off',
      'json-schema': 'warning',
      'emphasis-stray': 'error',
    });
    expect(parseConfig('{}', 'c.json')).toEqual({});
  });

  it.each([
    ['an unknown rule, naming the closest', '{"rules": {"numbering-gaps": "off"}}', /unknown rule "numbering-gaps" \(did you mean "numbering-gap"\?/],
    ['a level that is not off, warning or error', '{"rules": {"numbering-gap": "info"}}', /"info" is not a level for numbering-gap/],
    ['a key other than rules', '{"rule": {}}', /unknown key "rule"/],
    ['rules that are not an object', '{"rules": ["numbering-gap"]}', /"rules" must be an object/],
    ['a file that is not an object', '[]', /expected an object/],
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseConfig(text, 'c.json')).toThrow(message);
    try {
      parseConfig(text, 'c.json');
    } catch (error) {
      expect((error as ConfigError).path).toBe('c.json');
    }
  });
});
