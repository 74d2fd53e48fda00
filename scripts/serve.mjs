#!/usr/bin/env node
// Dependency-free static server for the built app (dist/).
//
//   node scripts/serve.mjs [--port N] [--host H] [--dir D] [--base /sub/path/] [--no-isolation]
//
// By default every response carries COOP/COEP, so the page is cross-origin isolated.
// --no-isolation leaves them out, imitating a static host such as GitHub Pages;
// --base serves the folder under a URL prefix, as a project site would be.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

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
  // Normalise the base to "/", or "/sub/path/" with both slashes.
  const base = `/${options.base.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
  return { ...options, port, base, dir: path.resolve(options.dir) };
}

function fail(message) {
  console.error(`serve: ${message}`);
  process.exit(2);
}

const options = parseArgs(process.argv.slice(2));

function baseHeaders() {
  const headers = {
    'Cache-Control': 'no-cache',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (options.isolation) {
    headers['Cross-Origin-Opener-Policy'] = 'same-origin';
    headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
  }
  return headers;
}

function sendText(res, status, text, extraHeaders = {}) {
  res.writeHead(status, {
    ...baseHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...extraHeaders,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

function redirect(res, location) {
  sendText(res, 302, `Redirecting to ${location}\n`, { Location: location });
}

// Maps a URL path inside the base to a file path inside the served folder, or null.
function resolveFile(relativeUrlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(relativeUrlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const file = path.resolve(options.dir, `.${path.posix.normalize(`/${decoded}`)}`);
  // Belt and braces: normalize() already drops "..", but never serve outside the folder.
  if (file !== options.dir && !file.startsWith(options.dir + path.sep)) return null;
  return file;
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { pathname, search } = url;

  if (!pathname.startsWith(options.base)) {
    // "/" and the base without its trailing slash lead to the app; anything else is unknown.
    if (pathname === '/' || `${pathname}/` === options.base) redirect(res, options.base + search);
    else sendText(res, 404, 'Not Found\n');
    return;
  }

  let file = resolveFile(pathname.slice(options.base.length));
  let info = file && (await stat(file).catch(() => null));
  if (file && info?.isDirectory()) {
    // Relative asset URLs only resolve correctly below a directory URL that ends in "/".
    if (!pathname.endsWith('/')) {
      redirect(res, `${pathname}/${search}`);
      return;
    }
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!file || !info?.isFile()) {
    sendText(res, 404, 'Not Found\n');
    return;
  }

  res.writeHead(200, {
    ...baseHeaders(),
    'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
    else res.destroy();
  });
});

server.on('error', (error) => fail(error.message));

server.listen(options.port, options.host, () => {
  const { port } = server.address();
  const loopback = ['127.0.0.1', '::1', '0.0.0.0', '::', 'localhost'].includes(options.host);
  const host = loopback ? 'localhost' : options.host.includes(':') ? `[${options.host}]` : options.host;
  const mode = options.isolation ? 'cross-origin isolated' : 'no isolation headers';
  console.log(`Parallel Playground: http://${host}:${port}${options.base} (${mode})`);
});

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
