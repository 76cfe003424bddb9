// Run by post-build.mjs (the Trunk post-build hook): fills in the service worker's build id, the
// list of every file of this build (Trunk gives the wasm, JS and CSS hashed names), so it can
// precache them all, and each file's SHA-256, so it can check them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk(dir)
  .map((p) => '/' + relative(dir, p).split(sep).join('/'))
  .filter((f) => f !== '/sw.js')
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const buildId = hash.digest('hex').slice(0, 16);
const assets = ['/', ...files];
// The SHA-256 of every file as built: the service worker installs a version only when each file
// it fetches matches (a missing file answered with index.html, or half an upload, does not).
// "/" is index.html as the host serves it for the root.
const sha256 = (f) => createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
const hashes = Object.fromEntries(assets.map((a) => [a, sha256(a === '/' ? '/index.html' : a)]));

const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__RUGPLAN_BUILD_ID__'", JSON.stringify(buildId))
  .replace("['__RUGPLAN_ASSETS__']", JSON.stringify(assets))
  .replace("{'__RUGPLAN_HASHES__': ''}", JSON.stringify(hashes));
if (sw.includes('__RUGPLAN_')) throw new Error('sw.js placeholders not found');
writeFileSync(swPath, sw);
writeFileSync(join(dir, 'build-id.txt'), buildId + '\n');
console.log(`service worker: build ${buildId}, ${assets.length} files`);
