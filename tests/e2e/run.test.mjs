// The README's run command (scripts/run.sh) serves what a static host would serve: the release
// build unchanged (no injected script), the SPA fallback, and the headers the README recommends.
// The test starts the command itself on a free port with the build already present
// (`--no-build`), opens three pages, fails on any console error, page error or CSP violation,
// and stops the whole process group it started.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { newPage, waitForApp, assertClean } from './helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', '..');

/** The headers in the README's hosting section (the ```http block), lower-case names. */
function readmeHeaders() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = readme.match(/```http\n([\s\S]*?)```/);
  assert.ok(block, 'the README lists the recommended headers in an ```http block');
  return Object.fromEntries(block[1].trim().split('\n').map((line) => {
    const at = line.indexOf(':');
    return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
  }));
}

/** The directives of a CSP as a map name -> sorted sources. */
function directives(csp) {
  return Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name, sources.sort().join(' ')];
  }));
}

let run;
let browser;
let url;
let output = '';

before(async () => {
  // Port 0: the server takes any free port and prints its URL. A process group of its own, so
  // the test can stop the script and everything it started.
  run = spawn(join(ROOT, 'scripts', 'run.sh'), ['--no-build', '0'], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  run.stdout.on('data', (d) => { output += d; });
  run.stderr.on('data', (d) => { output += d; });
  url = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`scripts/run.sh printed no URL in 20 s:\n${output}`)), 20000);
    const look = () => {
      const m = output.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (m) { clearTimeout(timer); ok(m[0]); }
    };
    run.stdout.on('data', look);
    run.on('exit', (code) => fail(new Error(`scripts/run.sh ended (${code}):\n${output}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  if (run && run.exitCode === null && run.signalCode === null) {
    const exited = new Promise((ok) => run.once('exit', ok));
    process.kill(-run.pid, 'SIGTERM');
    await exited;
  }
  if (url) {
    // Nothing it started is left listening.
    await assert.rejects(fetch(url), 'the server is stopped with the script');
  }
});

test('the run command serves the release build unchanged, with the README headers', async () => {
  const res = await fetch(`${url}/qbpds`);
  assert.equal(res.status, 200, 'SPA fallback: an app path answers with index.html');
  const html = await res.text();
  // run.sh serves the project's dist/ (not RUGPLAN_DIST): the page is the built file, byte for byte.
  assert.equal(html, readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8'), 'index.html as built: nothing injected');
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
  for (const [name, value] of Object.entries(readmeHeaders())) {
    assert.equal(res.headers.get(name), value, `header ${name} as the README recommends`);
  }
  // The header policy is the page's own meta policy plus what only a header can say.
  // (The minified index.html writes the attributes in another order and drops some quotes.)
  const tag = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy[^>]*>/i);
  const meta = tag?.[0].match(/content="([^"]+)"/);
  assert.ok(meta, 'index.html has its meta CSP');
  const header = directives(res.headers.get('content-security-policy'));
  for (const [name, sources] of Object.entries(directives(meta[1]))) {
    assert.equal(header[name], sources, `CSP header and meta tag agree on ${name}`);
  }
  assert.equal(header['frame-ancestors'], "'none'");
  const missing = await fetch(`${url}/no-such-file.js`);
  assert.equal(missing.status, 404, 'a missing file is a 404, not the app');
});

test('/, /qbpds and /nprs?lang=en open with a clean console', async () => {
  const env = { browser, url };
  const p = await newPage(env, { initScript: () => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  } });
  const { page } = p;
  for (const path of ['/', '/qbpds', '/nprs?lang=en']) {
    await page.goto(url + path);
    await waitForApp(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], `no CSP violation on ${path}`);
  }
  assert.equal(await page.locator('h1').first().innerText(), 'Pain');
  assertClean(p);
  await p.context.close();
});
