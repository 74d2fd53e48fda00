#!/usr/bin/env node
// @ts-check
// Dependency-free static server for the built app (dist/).
//
//   node scripts/serve.mjs [--port N] [--host H] [--dir D] [--base /sub/path/] [--no-isolation]
//
// By default every response carries COOP/COEP, so the page is cross-origin isolated.
// --no-isolation leaves them out, imitating a static host such as GitHub Pages;
// --base serves the folder under a URL prefix, as a project site would be.
// The server itself is static-server.mjs; this file is its command line.
import path from 'node:path';
import { normaliseBase, startServer } from './static-server.mjs';

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = {
    port: process.env.PORT ?? '4173',
    host: '127.0.0.1',
    dir: 'dist',
    base: '/',
    isolation: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) fail(`missing value for ${arg}`);
      return next;
    };
    if (arg === '--port') options.port = value();
    else if (arg === '--host') options.host = value();
    else if (arg === '--dir') options.dir = value();
    else if (arg === '--base') options.base = value();
    else if (arg === '--no-isolation') options.isolation = false;
    else fail(`unknown argument ${arg}`);
  }
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port ${options.port}`);
  let base = '/';
  try {
    base = normaliseBase(options.base);
  } catch (error) {
    fail(`${/** @type {Error} */ (error).message} (use plain path segments, such as /playground/)`);
  }
  return { ...options, port, base, dir: path.resolve(options.dir) };
}

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));
const server = await startServer(options).catch((/** @type {Error} */ error) => fail(error.message));
server.on('error', (error) => fail(error.message));

const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const loopback = ['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost'].includes(options.host);
const host = loopback ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
const mode = options.isolation ? 'cross-origin isolated' : 'no isolation headers';
console.log(`Parallel Playground: http://${host}:${port}${options.base} (${mode})`);

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
