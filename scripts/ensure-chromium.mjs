#!/usr/bin/env node
// Makes sure the end-to-end tests have a Chromium to drive (Playwright's own download is not
// available here). Order: $CHROMIUM_PATH, Playwright's browser if installed, /usr/bin/chromium;
// if none, install Debian's `chromium` package when we may (root, or password-less sudo).
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightChromium() {
  try {
    const path = execFileSync(process.execPath, ['-e', "process.stdout.write(require('playwright-core').chromium.executablePath())"], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function found() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    console.error(`ensure-chromium: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    process.exit(1);
  }
  return playwrightChromium() ?? (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null);
}

function run(command, args) {
  console.error(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

if (found()) process.exit(0);

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasApt || (!isRoot && !canSudo)) {
  console.error('ensure-chromium: no Chromium found. Install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH.');
  process.exit(1);
}
const prefix = isRoot ? [] : ['sudo', '-n'];
const apt = (...args) => (prefix.length ? run(prefix[0], [...prefix.slice(1), 'apt-get', ...args]) : run('apt-get', args));
try {
  apt('update');
  apt('install', '-y', '--no-install-recommends', 'chromium');
} catch (error) {
  console.error(`ensure-chromium: installing Debian's chromium failed: ${error.message}`);
  process.exit(1);
}
if (!found()) {
  console.error(`ensure-chromium: chromium was installed but ${DEBIAN_CHROMIUM} is missing.`);
  process.exit(1);
}
