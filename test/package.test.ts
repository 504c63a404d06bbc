/**
 * The package as people install it: `npm pack` gives a tarball that installs
 * globally with no network (its dependencies are bundled), under a name of
 * its own (`inspect` is another package on npm), and the `inspect` it puts
 * on the PATH runs. Slow (a 50 MB tarball, packed and installed), so one
 * test does it all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'inspect-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const npm = (args: string[]) => {
  const result = spawnSync('npm', args, { encoding: 'utf8', timeout: 300_000, env: { ...process.env, npm_config_update_notifier: 'false' } });
  expect(result.status, `npm ${args.join(' ')}\n${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
};

it('does not depend on itself: its own name resolves through its exports, and npx breaks on a self link', () => {
  // npm 11's npx installs the package's own bin into its cache; a "file:" self link in the hidden lockfile of a fresh
  // `npm ci` made that fail, and with it the README's `npx inspect parse …` on a fresh clone.
  const all = { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies };
  expect(Object.keys(all)).not.toContain(pkg.name);
  expect(pkg.exports['.']).toBeDefined();
});

it('installs from its packed tarball globally and offline, and runs as `inspect`', () => {
  expect(pkg.name).toBe('uk-inspection-reports');
  expect(pkg.bin).toEqual({ inspect: 'bin/inspect.js' });
  // dist/ is built already (npm test builds first): pack it as it is.
  npm(['pack', '--ignore-scripts', '--pack-destination', dir]);
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  expect(tarball).toBe(`${pkg.name}-${pkg.version}.tgz`);

  const prefix = join(dir, 'global');
  npm(['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(dir, tarball!)]);

  // The bin link npm made, run by the Node running the tests (22 or 24 in CI too).
  const bin = join(prefix, 'lib', 'node_modules', pkg.name, 'bin', 'inspect.js');
  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(readdirSync(join(prefix, 'bin'))).toContain('inspect');
  expect(run(['--version']).stdout).toBe(`${pkg.version}\n`);
  const parsed = run(['parse', 'fixtures/ofsted-norfolk-lac-2013/input.pdf']);
  expect(parsed.stderr).toBe('');
  expect(JSON.parse(parsed.stdout).findings).toHaveLength(72);
}, 600_000);
