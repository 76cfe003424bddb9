// A static file server for the release build, as a static host would serve it: files by path,
// and index.html for every path without a file extension (deep links such as /nprs).
// Usage: node server.mjs <dist-dir> [port]  (port 0 = any free port; prints the URL). Run this way
// (scripts/run.sh does) it also sends HOST_HEADERS, the headers the README's hosting section
// recommends; the tests' startServer() sends them with `{ headers: HOST_HEADERS }`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The response headers the README recommends for a static host ("A release build for a static
 * host"; tests/e2e/run.test.mjs checks that the two agree). The policy is index.html's meta CSP
 * plus what only a header can say: frame-ancestors (no other site may frame the app).
 */
export const HOST_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export function startServer(distDir, port = 0, host = '127.0.0.1', { headers = {} } = {}) {
  let root = resolve(distDir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.includes('..')) throw Object.assign(new Error('bad path'), { code: 'ENOENT' });
      let file = join(root, path);
      const st = await stat(file).catch(() => null);
      if (!st || st.isDirectory()) {
        if (extname(path) !== '' && !st) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        file = join(root, 'index.html');
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers,
      });
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' ? 404 : 500, { 'content-type': 'text/plain', ...headers });
      res.end(e.code === 'ENOENT' ? 'not found' : 'error');
    }
  });
  return new Promise((ok) =>
    server.listen(port, host, () => {
      const { port: p } = server.address();
      ok({
        url: `http://${host}:${p}`,
        /** Serves another directory from now on (a new deployment). */
        setRoot: (dir) => { root = resolve(dir); },
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }),
      });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = '../../dist', port = '8080'] = process.argv.slice(2);
  startServer(dir, Number(port), '127.0.0.1', { headers: HOST_HEADERS })
    .then(({ url }) => console.log(`serving ${dir} on ${url} (Ctrl+C stops it)`));
}
