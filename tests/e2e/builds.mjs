// Second builds for the update and deploy tests: a copy of dist/ with a visible marker, and the
// service worker's build id and file hashes brought up to date, as scripts/write-sw.mjs would.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './helpers.mjs';

/** The files the service worker of the build in `dir` precaches. */
export function precached(dir) {
  return JSON.parse(readFileSync(join(dir, 'sw.js'), 'utf8').match(/const ASSETS = (\[.*?\]);/)[1]);
}

/** Recomputes the build id (`suffix` appended) and every file's SHA-256 in `dir`'s sw.js. */
export function rehash(dir, suffix) {
  const swPath = join(dir, 'sw.js');
  const sha256 = (p) => createHash('sha256').update(readFileSync(join(dir, p === '/' ? '/index.html' : p))).digest('hex');
  const hashes = Object.fromEntries(precached(dir).map((p) => [p, sha256(p)]));
  const sw = readFileSync(swPath, 'utf8')
    .replace(/const BUILD_ID = "([0-9a-z]+)"/, `const BUILD_ID = "$1${suffix}"`)
    .replace(/const HASHES = \{.*?\};/, `const HASHES = ${JSON.stringify(hashes)};`);
  assert.ok(sw.includes(`${suffix}"`), 'the build id of the copy is new');
  // (A build from before the hashes has no HASHES line; then only its id changes.)
  assert.ok(!sw.includes('const HASHES') || sw.includes(hashes['/']), 'the hashes of the copy are new');
  writeFileSync(swPath, sw);
}

/** "Build B": the same app with a different build id and a <meta name=rugplan-build> marker. */
export function makeBuild(marker) {
  const dir = mkdtempSync(join(tmpdir(), `rugplan-${marker.toLowerCase()}-`));
  cpSync(DIST, dir, { recursive: true });
  const index = join(dir, 'index.html');
  const html = readFileSync(index, 'utf8').replace('<meta charset=utf-8>', `<meta charset=utf-8><meta name="rugplan-build" content="${marker}">`);
  assert.ok(html.includes('rugplan-build'), `build ${marker} is marked (index.html is minified by Trunk)`);
  writeFileSync(index, html);
  rehash(dir, marker.toLowerCase());
  return dir;
}
