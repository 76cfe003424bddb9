// Offline-first: the service worker precaches the build, every route works offline, and an
// update from build A to build B waits for the patient's agreement and keeps every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, newPage, open, waitForApp, storage, DIST } from './helpers.mjs';
import { rehash } from './builds.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const INFO = ['what-is-it', 'what-helps', 'build-up', 'pain-medication', 'work', 'when-to-call'].map((s) => `/info/${s}`);
const ROUTES = ['/', '/nprs', '/qbpds', '/plan', '/progress', '/export', '/clinician', '/info', ...INFO, '/alarm', '/kiosk', '/no-such-page'];

async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

test('after one visit every route opens with the network off', async () => {
  const p = await newPage(env);
  const { page, context } = p;
  await open(env, page, '/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const path of ROUTES) {
    await page.goto(env.url + path);
    await waitForApp(page);
  }
  // And it still works: an NPRS entry offline is saved.
  await open(env, page, '/nprs');
  await page.getByRole('radio', { name: /^5/ }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.reload();
  await waitForApp(page);
  assert.match(await page.getByTestId('nprs-history').innerText(), /5 van 10/);
  await context.setOffline(false);
  await context.close();
});

test('the service worker lists every file of the build', async () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /__RUGPLAN_/);
  const assets = JSON.parse(sw.match(/const ASSETS = (\[.*?\]);/)[1]);
  for (const needed of ['/', '/index.html', '/boot.js', '/manifest.webmanifest', '/icons/maskable-512.png']) {
    assert.ok(assets.includes(needed), `${needed} is precached`);
  }
  assert.ok(assets.some((a) => a.endsWith('_bg.wasm')), 'the wasm is precached');
});

/** Makes "build B": the same app with a different build id and a visible marker. */
function makeBuildB() {
  const dir = mkdtempSync(join(tmpdir(), 'rugplan-b-'));
  cpSync(DIST, dir, { recursive: true });
  const index = join(dir, 'index.html');
  const html = readFileSync(index, 'utf8').replace('<meta charset=utf-8>', '<meta charset=utf-8><meta name="rugplan-build" content="B">');
  assert.ok(html.includes('rugplan-build'), 'build B is marked (index.html is minified by Trunk)');
  writeFileSync(index, html);
  // The build id and the file hashes the service worker checks (issue 15), as a real build has.
  rehash(dir, 'b');
  return dir;
}

test('update A to B: offline nothing breaks; online B installs, waits for consent, keeps data', async () => {
  const b = makeBuildB();
  const p = await newPage(env);
  const { page, context } = p;
  try {
    await open(env, page, '/nprs');
    await waitForServiceWorker(page);
    await page.getByRole('radio', { name: /^6/ }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();

    // B is deployed while the patient is offline: A keeps working, nothing is lost.
    env.server.setRoot(b);
    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('meta[name=rugplan-build]').count(), 0, 'still build A');
    assert.match(await page.getByTestId('nprs-history').innerText(), /6 van 10/);

    // Online again: B installs in the background and the app asks before switching.
    await context.setOffline(false);
    await page.reload();
    await waitForApp(page);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.getByTestId('update-ready').waitFor({ timeout: 15000 });
    assert.equal(await page.locator('meta[name=rugplan-build]').count(), 0, 'no switch without consent');
    await page.getByRole('button', { name: 'Nu bijwerken' }).click();
    await page.waitForFunction(() => document.querySelector('meta[name=rugplan-build]'), null, { timeout: 15000 });
    await waitForApp(page);
    assert.match(await page.getByTestId('nprs-history').innerText(), /6 van 10/, 'data kept across the update');
    const keys = await page.evaluate(() => caches.keys());
    assert.equal(keys.filter((k) => k.startsWith('rugplan-')).length, 1, 'the old cache is removed after the switch');
    assert.equal(JSON.parse((await storage(page))['rugplan.record']).nprs.length, 1);
  } finally {
    env.server.setRoot(DIST);
    await context.close();
    rmSync(b, { recursive: true, force: true });
  }
});

test('installable: manifest with icons (maskable too), theme colour and start URL', async () => {
  const p = await newPage(env);
  await open(env, p.page, '/');
  const href = await p.page.getAttribute('link[rel=manifest]', 'href');
  const res = await p.page.request.get(env.url + href);
  assert.equal(res.status(), 200);
  const m = await res.json();
  assert.equal(m.start_url, '/');
  assert.equal(m.display, 'standalone');
  assert.ok(m.theme_color && m.background_color);
  assert.ok(m.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512'));
  for (const icon of m.icons) {
    assert.equal((await p.page.request.get(env.url + icon.src)).status(), 200, icon.src);
  }
  await p.context.close();
});
