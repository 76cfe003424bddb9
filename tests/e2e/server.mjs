// A static file server for the release build, as a static host would serve it: files by path,
// and index.html for every path without a file extension (deep links such as /nprs).
// Usage: node server.mjs <dist-dir> [port]  (port 0 = any free port; prints the URL). Run this way
// (scripts/run.sh does) it also sends HOST_HEADERS, the headers the README's hosting section
// recommends; the tests' startServer() sends them with `{ headers: HOST_HEADERS }`.
//
// setOptions() imitates hosts that break deployments (issue 15), for the service-worker tests:
//   missing: RegExp of paths served as if not (yet) uploaded;
//   fallbackAll: a naive SPA fallback that answers index.html (200) for every missing path,
//     files included (a missing wasm arrives as HTML);
//   redirectIndex: /index.html answers 301 to /;
//   corrupt: RegExp of paths whose bytes are served damaged (the wasm cannot start).
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
  let options = {};
  const requested = [];
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      requested.push(url.pathname);
      let path = normalize(decodeURIComponent(url.pathname));
      if (path.includes('..')) throw Object.assign(new Error('bad path'), { code: 'ENOENT' });
      if (options.redirectIndex && path === '/index.html') {
        res.writeHead(301, { location: '/', 'cache-control': 'no-cache' });
        res.end();
        return;
      }
      let file = join(root, path);
      const missing = options.missing?.test(path);
      const st = missing ? null : await stat(file).catch(() => null);
      if (!st || st.isDirectory()) {
        if (extname(path) !== '' && !st && !options.fallbackAll) {
          throw Object.assign(new Error('not found'), { code: 'ENOENT' });
        }
        file = join(root, 'index.html');
      }
      let body = await readFile(file);
      if (options.corrupt?.test(path)) body = Buffer.from(body.map((b, i) => (i < 64 ? b : b ^ 0x5a)));
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
        /** How the host misbehaves from now on (see the top of this file); {} = a good host. */
        setOptions: (next) => { options = { ...next }; },
        /** Every path asked for so far (the service worker's requests included). */
        requested,
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
