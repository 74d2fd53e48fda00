#!/usr/bin/env node
// @ts-check
// Makes sure the end-to-end tests and the benchmark have a Chromium to drive (see chromium.mjs
// for the order); if there is none, installs Debian's `chromium` package when we may (root, or
// password-less sudo).
import { spawnSync } from 'node:child_process';
import { DEBIAN_CHROMIUM, findChromium } from './chromium.mjs';

if (process.env.CHROMIUM_PATH && !findChromium()) {
  console.error(`ensure-chromium: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  process.exit(1);
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.error(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

if (findChromium()) process.exit(0);

const isRoot = process.getuid?.() === 0;
const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
const hasApt = spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasApt || (!isRoot && !canSudo)) {
  console.error('ensure-chromium: no Chromium found. Install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH.');
  process.exit(1);
}
const prefix = isRoot ? [] : ['sudo', '-n'];
const apt = (/** @type {string[]} */ ...args) => (prefix.length ? run(prefix[0], [...prefix.slice(1), 'apt-get', ...args]) : run('apt-get', args));
try {
  apt('update');
  apt('install', '-y', '--no-install-recommends', 'chromium');
} catch (error) {
  console.error(`ensure-chromium: installing Debian's chromium failed: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
if (!findChromium()) {
  console.error(`ensure-chromium: chromium was installed but ${DEBIAN_CHROMIUM} is missing.`);
  process.exit(1);
}
