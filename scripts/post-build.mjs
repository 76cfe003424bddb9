// Trunk post-build hook (Trunk.toml). Two steps:
//
// 1. Code splitting. Trunk 0.21 cannot split a wasm module, so it builds the app with the `split`
//    feature and without wasm-opt, and this step redoes the last part of its pipeline:
//    wasm-split-cli cuts the linked wasm (target/…/rugplan.wasm, linked with --emit-relocs, see
//    .cargo/config.toml) into the main module plus one file per lazily loaded page (and chunks
//    of code those pages share); wasm-bindgen then makes the JS glue for the main module, and
//    wasm-opt shrinks every file. The results replace Trunk's JS and wasm under the same names;
//    the split files get content-hashed names, and index.html's integrity hashes are updated.
// 2. The service worker (write-sw.mjs): its build id and the list of every file to precache,
//    now including the split files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const profile = process.env.TRUNK_PROFILE === 'debug' ? 'debug' : 'release';
const targetDir = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
const linked = join(targetDir, 'wasm32-unknown-unknown', profile, 'rugplan.wasm');

// Runs a tool and fails the build if it fails. Its error output is passed on, except binaryen's
// "unknown name subsection" notes (one per split file: wasm-split-cli writes a part of the name
// section that binaryen does not read; harmless).
function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  const messages = (result.stderr ?? '').split('\n').filter((l) => l.trim() && !/unknown name subsection/.test(l));
  if (messages.length) console.error(messages.join('\n'));
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${cmd} failed with status ${result.status}`);
}
const hashOf = (data, alg = 'sha256') => createHash(alg).update(data);
const short = (data) => hashOf(data).digest('hex').slice(0, 16);

const jsName = readdirSync(staging).find((f) => /^rugplan-[0-9a-f]+\.js$/.test(f));
if (!jsName) throw new Error(`no rugplan-<hash>.js in ${staging}`);
const stem = jsName.slice(0, -'.js'.length);
const wasmName = `${stem}_bg.wasm`;

const work = mkdtempSync(join(tmpdir(), 'rugplan-split-'));
try {
  run('wasm-split-cli', [linked, work, '--out-name', stem, '--target', 'web']);
  run('wasm-bindgen', [
    '--target', 'web', '--no-typescript', '--keep-lld-exports', '--no-demangle',
    '--out-name', stem, '--out-dir', staging, join(work, `${stem}.wasm`),
  ]);

  // Every feature the Rust wasm32 target uses by default, so wasm-opt accepts every module
  // (the split files carry no target_features section of their own).
  const features = [
    '--enable-bulk-memory', '--enable-mutable-globals', '--enable-nontrapping-float-to-int',
    '--enable-reference-types', '--enable-sign-ext', '--enable-multivalue',
  ];
  const optimize = (from, to) => run('wasm-opt', ['-Oz', ...features, '--strip-debug', '--strip-producers', from, '-o', to]);
  optimize(join(staging, wasmName), join(staging, wasmName));

  // Split files: optimized, then named by their content so a browser never mixes versions.
  let link = readFileSync(join(work, '__wasm_split.js'), 'utf8');
  const parts = readdirSync(work).filter((f) => /^(split|chunk)_.+\.wasm$/.test(f));
  for (const part of parts) {
    const optimized = join(work, `opt-${part}`);
    optimize(join(work, part), optimized);
    const data = readFileSync(optimized);
    const name = `${part.slice(0, -'.wasm'.length)}-${short(data)}.wasm`;
    copyFileSync(optimized, join(staging, name));
    if (!link.includes(`"./${part}"`)) throw new Error(`__wasm_split.js does not load ./${part}`);
    link = link.replaceAll(`"./${part}"`, `"./${name}"`);
  }
  const linkName = `__wasm_split-${short(link)}.js`;
  writeFileSync(join(staging, linkName), link);

  const jsPath = join(staging, jsName);
  const js = readFileSync(jsPath, 'utf8');
  // Only the module path of the `import` statements changes: the wasm still names its import
  // module "./__wasm_split.js", so the key of the imports object stays as it is.
  const importFrom = /(from\s*["'])\.\/__wasm_split\.js(["'])/g;
  if (!importFrom.test(js)) throw new Error(`${jsName} does not import ./__wasm_split.js`);
  writeFileSync(jsPath, js.replace(importFrom, `$1./${linkName}$2`));

  // Minified JS: the glue, the split loader and boot.js (copied from public/ as written) are
  // downloaded on every first visit. (Log level "error": the glue's imports object names the
  // same split-loader module once per import, a duplicate key esbuild warns about; every value
  // is that one module, so it is harmless.) sw.js stays readable: it is fetched after the first
  // visit is interactive, and its build id is easy to find.
  for (const file of [jsName, linkName, 'boot.js']) {
    run('esbuild', [join(staging, file), '--minify', '--format=esm', '--log-level=error', '--allow-overwrite', `--outfile=${join(staging, file)}`]);
  }

  // Trunk put Subresource Integrity hashes of its own JS and wasm into index.html.
  const htmlPath = join(staging, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  for (const file of [jsName, wasmName]) {
    const sri = `sha384-${hashOf(readFileSync(join(staging, file)), 'sha384').digest('base64')}`;
    // The tag that names the file (Trunk's minified HTML may leave attributes unquoted).
    const tag = html.match(new RegExp(`<link[^>]*${file.replace('.', '\\.')}[^>]*>`))?.[0];
    if (!tag || !/integrity=/.test(tag)) throw new Error(`no integrity attribute for ${file} in index.html`);
    html = html.replace(tag, tag.replace(/integrity=("?)[^"\s>]+\1/, `integrity="${sri}"`));
  }
  writeFileSync(htmlPath, html);
  console.log(`wasm split: ${wasmName} plus ${parts.length} lazily loaded files`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Last, so the build id is a hash of the files exactly as they are served.
await import('./write-sw.mjs');
