// @ts-check
// The static server behind scripts/serve.mjs, importable so that its tests can start it.
//
// Every response carries the Content-Security-Policy (see csp.mjs), nosniff and CORP, and,
// unless `isolation` is false, COOP/COEP, so that the page is cross-origin isolated.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { PAGE_POLICY, policyFor } from './csp.mjs';

export const MIME_TYPES = {
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
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * "/" or "/sub/path/". Only plain segments are allowed, because the base goes into Location
 * headers as it is: a "\" there would let a browser read "/\host" as "//host".
 */
export function normaliseBase(base) {
  const segments = base.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!/^[\w.~-]+$/.test(segment) || segment === '.' || segment === '..') throw new Error(`invalid base ${base}`);
  }
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * The decoded path segments of a URL path below the base, with "." and ".." resolved, or null
 * if it can't name a file inside the folder: bad escapes, NUL, backslashes, or ".." above it.
 */
export function pathSegments(relativeUrlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(relativeUrlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    else if (segments.pop() === undefined) return null;
  }
  return segments;
}

/** A request listener serving `dir` under `base`. */
export function createHandler({ dir, base = '/', isolation = true }) {
  const root = path.resolve(dir);
  const prefix = normaliseBase(base);

  function headers(fileName) {
    const result = {
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': fileName ? policyFor(fileName) : PAGE_POLICY,
      'Cross-Origin-Resource-Policy': 'same-origin',
      'X-Content-Type-Options': 'nosniff',
    };
    if (isolation) {
      result['Cross-Origin-Opener-Policy'] = 'same-origin';
      result['Cross-Origin-Embedder-Policy'] = 'require-corp';
    }
    return result;
  }

  function sendText(req, res, status, text, extraHeaders = {}) {
    res.writeHead(status, {
      ...headers(),
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      ...extraHeaders,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  }

  // `segments` are decoded file names: the Location is rebuilt from them, never copied from
  // the request, so it is always a path on this origin below the base.
  function redirectToFolder(req, res, segments, search) {
    const folder = segments.map((segment) => `${encodeURIComponent(segment)}/`).join('');
    const location = `${prefix}${folder}${search}`;
    sendText(req, res, 302, `Redirecting to ${location}\n`, { Location: location });
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(req, res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    // Only origin-form targets ("/path?query"). Appended to a fixed origin, "//host/x" stays a
    // path instead of naming a host.
    const target = req.url ?? '';
    let url;
    try {
      if (!target.startsWith('/')) throw new Error('not a path');
      url = new URL(`http://localhost${target}`);
    } catch {
      sendText(req, res, 400, 'Bad Request\n');
      return;
    }
    const { pathname, search } = url;

    if (!pathname.startsWith(prefix)) {
      // "/" and the base without its trailing slash lead to the app; anything else is unknown.
      if (pathname === '/' || `${pathname}/` === prefix) redirectToFolder(req, res, [], search);
      else sendText(req, res, 404, 'Not Found\n');
      return;
    }

    const segments = pathSegments(pathname.slice(prefix.length));
    if (!segments) {
      sendText(req, res, 404, 'Not Found\n');
      return;
    }
    let file = path.join(root, ...segments);
    // Belt and braces: pathSegments() already keeps ".." from climbing out of the folder.
    if (file !== root && !file.startsWith(root + path.sep)) {
      sendText(req, res, 404, 'Not Found\n');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // Relative asset URLs only resolve correctly below a directory URL that ends in "/".
      if (!pathname.endsWith('/')) {
        redirectToFolder(req, res, segments, search);
        return;
      }
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      sendText(req, res, 404, 'Not Found\n');
      return;
    }

    res.writeHead(200, {
      ...headers(path.basename(file)),
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

  return (req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) sendText(req, res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  };
}

/** Starts serving; resolves to the listening server (port 0 picks a free port). */
export function startServer({ port = 0, host = '127.0.0.1', ...options }) {
  const server = createServer(createHandler(options));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
