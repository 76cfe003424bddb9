// Deploy safety (issue 15): hosts that answer a missing file with index.html or redirect
// /index.html to /, a build whose wasm cannot start, and two tabs when one switches to a new
// version. The patient's working version must never be replaced by a broken one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, newPage, open, waitForApp, screenshot, DIST, PHONE, PAGE_FILE } from './helpers.mjs';
import { makeBuild, rehash } from './builds.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const ROUTES = ['/', '/nprs', '/qbpds', '/plan', '/progress', '/export', '/clinician', '/info', '/info/work', '/alarm'];

async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** Asks for an update and says how the new version's install ended: installed or redundant. */
async function tryUpdate(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    const worker = reg.installing ?? reg.waiting;
    if (!worker) return 'no new version';
    const done = () => ['installed', 'activated', 'redundant'].includes(worker.state);
    if (!done()) await new Promise((ok) => worker.addEventListener('statechange', () => done() && ok()));
    return worker.state;
  });
}

const rugplanCaches = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('rugplan-')));

async function everyRouteOffline(env, page, context) {
  await context.setOffline(true);
  try {
    for (const path of ROUTES) {
      await page.goto(env.url + path);
      await waitForApp(page);
    }
  } finally {
    await context.setOffline(false);
  }
}

test('a deployment with a missing file (the SPA fallback answers index.html) never replaces the working version', async () => {
  const b = makeBuild('B');
  const pageFile = readdirSync(b).find((f) => PAGE_FILE.test(`/${f}`));
  assert.ok(pageFile, 'the build has lazily loaded page files');
  const { page, context } = await newPage(env);
  try {
    await open(env, page, '/');
    await waitForServiceWorker(page);
    const before = await rugplanCaches(page);
    assert.equal(before.length, 1);

    // B is half uploaded: one page file is missing and the host answers it with index.html.
    env.server.setRoot(b);
    env.server.setOptions({ missing: new RegExp(`/${pageFile.replace('.', '\\.')}$`), fallbackAll: true });
    const wrong = await page.request.get(`${env.url}/${pageFile}`);
    assert.match(wrong.headers()['content-type'], /text\/html/, 'the host gives HTML for the wasm');

    assert.equal(await tryUpdate(page), 'redundant', 'the incomplete version is refused');
    assert.deepEqual(await rugplanCaches(page), before, 'the old cache is kept, no partial new one');
    assert.equal(await page.getByTestId('update-ready').count(), 0, 'no update is offered');
    // The old version keeps working, offline too, every page file included.
    await everyRouteOffline(env, page, context);
    assert.equal(await page.locator('meta[name=rugplan-build]').count(), 0, 'still build A');

    // Once the upload is complete, B installs.
    env.server.setOptions({});
    assert.equal(await tryUpdate(page), 'installed');
  } finally {
    env.server.setOptions({});
    env.server.setRoot(DIST);
    await context.close();
    rmSync(b, { recursive: true, force: true });
  }
});

test('a host that redirects /index.html to / still gives an app that opens offline', async () => {
  env.server.setOptions({ redirectIndex: true });
  const { page, context } = await newPage(env);
  try {
    const res = await page.request.get(`${env.url}/index.html`, { maxRedirects: 0 });
    assert.equal(res.status(), 301);
    await open(env, page, '/');
    await waitForServiceWorker(page);
    await everyRouteOffline(env, page, context);
  } finally {
    env.server.setOptions({});
    await context.close();
  }
});

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-GB', 'en']]) {
  test(`start-up failure (${lang}): a plain message with "try again", and the service worker still registers`, async () => {
    const texts = {
      nl: { failed: 'Rugplan kon niet starten.', button: 'Opnieuw proberen' },
      en: { failed: 'Rugplan could not start.', button: 'Try again' },
    }[lang];
    env.server.setOptions({ corrupt: /_bg\.wasm$/ });
    const { page, context } = await newPage(env, { viewport: PHONE, locale });
    try {
      const seen = env.server.requested.length;
      await page.goto(env.url + '/nprs');
      const box = page.getByTestId('start-failed');
      await box.waitFor({ timeout: 15000 });
      assert.match(await box.innerText(), new RegExp(texts.failed));
      assert.equal(await box.getAttribute('role'), 'alert');
      assert.equal(await box.getAttribute('lang'), lang);
      await screenshot(page, `start-failed-${lang}-phone`);
      const registered = () => env.server.requested.slice(seen).includes('/sw.js');
      for (let i = 0; i < 50 && !registered(); i++) await page.waitForTimeout(100);
      assert.ok(registered(), 'the service worker was registered although the app did not start');

      // The host is fixed: "try again" starts the app.
      env.server.setOptions({});
      await page.getByRole('button', { name: texts.button }).click();
      await waitForApp(page);
    } finally {
      env.server.setOptions({});
      await context.close();
    }
  });
}

test('a broken version in use is replaced by a fixed one as soon as it is deployed', async () => {
  // Build B starts no app (its wasm is damaged, but its list and hashes match: a bad build,
  // not a bad upload), so the service worker installs it. Build C fixes it.
  const broken = makeBuild('B');
  const wasm = readdirSync(broken).find((f) => f.endsWith('_bg.wasm'));
  const data = readFileSync(join(broken, wasm));
  writeFileSync(join(broken, wasm), data.map((b, i) => (i < 64 ? b : b ^ 0x5a)));
  rehash(broken, '');
  const fixed = makeBuild('C');
  env.server.setRoot(broken);
  const { page, context } = await newPage(env);
  try {
    await page.goto(env.url + '/');
    await page.getByTestId('start-failed').waitFor({ timeout: 15000 });
    await waitForServiceWorker(page);
    await page.reload();
    await page.getByTestId('start-failed').waitFor({ timeout: 15000 });

    env.server.setRoot(fixed);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.waitForFunction(() => document.querySelector('meta[name=rugplan-build]')?.content === 'C', null, { timeout: 20000 });
    await waitForApp(page);
  } finally {
    env.server.setRoot(DIST);
    await context.close();
    rmSync(broken, { recursive: true, force: true });
    rmSync(fixed, { recursive: true, force: true });
  }
});

for (const [locale, lang] of [['nl-NL', 'nl'], ['en-GB', 'en']]) {
  test(`two tabs (${lang}): when one switches to the new version, the other asks to reload before it does anything`, async () => {
    const texts = {
      nl: { update: 'Nu bijwerken', stale: /nieuwe versie van Rugplan/, reload: 'Opnieuw laden' },
      en: { update: 'Update now', stale: /new version of Rugplan/, reload: 'Reload' },
    }[lang];
    const b = makeBuild('B');
    const { page, context } = await newPage(env, { viewport: PHONE, locale });
    try {
      await open(env, page, `/nprs?lang=${lang}`);
      await waitForServiceWorker(page);
      const other = await context.newPage();
      await other.setViewportSize(PHONE);
      await open(env, other, '/');

      env.server.setRoot(b);
      assert.equal(await tryUpdate(page), 'installed');
      await page.getByTestId('update-ready').waitFor({ timeout: 15000 });
      await page.getByRole('button', { name: texts.update }).click();
      await page.waitForFunction(() => document.querySelector('meta[name=rugplan-build]'), null, { timeout: 15000 });
      await waitForApp(page);

      // The other tab still runs build A, whose page files are gone from the cache.
      const dialog = other.getByTestId('stale-version');
      await dialog.waitFor({ timeout: 15000 });
      assert.match(await dialog.innerText(), texts.stale);
      assert.equal(await dialog.getAttribute('role'), 'alertdialog');
      assert.ok(await other.evaluate(() => document.querySelector('main').closest('[inert]') !== null), 'the old app cannot be used');
      assert.equal(await other.evaluate(() => document.activeElement?.textContent), texts.reload, 'focus on the reload button');
      await screenshot(other, `stale-tab-${lang}-phone`);
      await other.getByRole('button', { name: texts.reload }).click();
      await other.waitForFunction(() => document.querySelector('meta[name=rugplan-build]'), null, { timeout: 15000 });
      await waitForApp(other);
      assert.equal(await other.getByTestId('stale-version').count(), 0);
    } finally {
      env.server.setRoot(DIST);
      await context.close();
      rmSync(b, { recursive: true, force: true });
    }
  });
}
