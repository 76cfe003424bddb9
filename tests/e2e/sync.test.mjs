// Nothing lost, nothing downgraded: pages that do not hear of each other's saves (no storage
// event, back/forward cache), a newer build in another tab, storage that fails or is full,
// the backup date, and Safari's 7-day limit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { setup, newPage, open, waitForApp, storage, storeRecord, RECORD_V2, PHONE } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** A record written by a future build: a schema this build does not know. */
const FUTURE = JSON.stringify({ schema_version: 999, nprs: [], something_new: { kept: true } });

/** Pages of this context hear nothing from other pages (as a page in the back/forward cache). */
const NO_STORAGE_EVENTS = () => {
  const add = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, ...rest) {
    if (type === 'storage') return undefined;
    return add.call(this, type, ...rest);
  };
};

const record = async (page) => JSON.parse((await storage(page))['rugplan.record']);

async function saveNprs(page, score) {
  await page.getByRole('radio', { name: String(score), exact: true }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
}

test('a newer build in another tab: the older page saves nothing over it and says to reload', async () => {
  const a = await newPage(env);
  const b = await a.context.newPage();
  await open(env, a.page, '/nprs');
  await open(env, b, '/');
  await storeRecord(b, FUTURE);
  await saveNprs(a.page, 3);
  assert.equal((await storage(a.page))['rugplan.record'], FUTURE, 'the newer record is not replaced');
  await a.page.getByText('nieuwere versie van Rugplan').waitFor();
  await a.page.getByRole('button', { name: 'Pagina opnieuw laden' }).waitFor();
  // Also after a reload in the old build: nothing is moved or written.
  await a.page.reload();
  await waitForApp(a.page);
  await a.page.getByText('nieuwere versie van Rugplan').waitFor();
  await open(env, a.page, '/nprs');
  await saveNprs(a.page, 4);
  assert.equal((await storage(a.page))['rugplan.record'], FUTURE);
  assert.deepEqual(Object.keys(await storage(a.page)).filter((k) => k.startsWith('rugplan.unreadable.')), []);
  await a.context.close();
});

test('two tabs that hear nothing of each other both save: both entries are kept', async () => {
  const a = await newPage(env, { initScript: NO_STORAGE_EVENTS });
  const b = await a.context.newPage();
  await open(env, a.page, '/nprs');
  await open(env, b, '/nprs');
  await saveNprs(a.page, 3);
  await saveNprs(b, 7);
  assert.deepEqual((await record(b)).nprs.map((e) => e.score).sort(), [3, 7]);
  // B's screen shows A's entry too, now that it continued from the stored record.
  await b.getByTestId('nprs-history').getByText('3 van 10').waitFor();
  await saveNprs(a.page, 5);
  assert.deepEqual((await record(a.page)).nprs.map((e) => e.score).sort(), [3, 5, 7]);
  await a.context.close();
});

test('a page restored by the back button saves after another page stored: nothing lost', async () => {
  // Playwright turns the back/forward cache off by default; this browser has it on.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  const context = await browser.newContext({ locale: 'nl-NL' });
  // The restored page hears nothing from the other page (as Safari and Firefox may do).
  await context.addInitScript(NO_STORAGE_EVENTS);
  await context.addInitScript(() => {
    window.addEventListener('pageshow', (e) => { if (e.persisted) document.documentElement.dataset.restored = '1'; });
  });
  const a = await context.newPage();
  await open(env, a, '/nprs');
  // The first visit's service worker verifies every file before it takes control; a claim while
  // the page sits in the back/forward cache would evict it (Chromium), so wait for control.
  await a.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 60_000 });
  await a.goto(env.url + '/example/lage-rugpijn.html');
  const b = await context.newPage();
  await open(env, b, '/nprs');
  await saveNprs(b, 7);
  // A page restored from the cache gets no new "load" event.
  await a.goBack({ waitUntil: 'commit' });
  await a.getByTestId('nprs-history').waitFor();
  assert.equal(await a.evaluate(() => document.documentElement.dataset.restored), '1', 'restored from the back/forward cache');
  // Shown again, the page re-reads the store; and its save keeps what the other page stored.
  await a.getByTestId('nprs-history').getByText('7 van 10').waitFor();
  await saveNprs(a, 2);
  assert.deepEqual((await record(a)).nprs.map((e) => e.score).sort(), [2, 7]);
  await browser.close();
});

for (const [name, fault] of [
  ['throws', 'throw'],
  ['returns damaged text', 'corrupt'],
]) {
  test(`storage that ${name} at start: a later save never writes over the stored record`, async () => {
    const p = await newPage(env);
    await open(env, p.page, '/');
    await storeRecord(p.page, RECORD_V2);
    const before = JSON.parse(RECORD_V2);
    // From now on, the first read of the record on every page load fails.
    await p.context.addInitScript((f) => {
      const real = Storage.prototype.getItem;
      let first = true;
      Storage.prototype.getItem = function (k) {
        if (k === 'rugplan.record' && first) {
          first = false;
          if (f === 'throw') throw new DOMException('broken', 'UnknownError');
          return '{"schema_version":2,"nprs":[{"brok';
        }
        return real.call(this, k);
      };
    }, fault);
    await open(env, p.page, '/nprs');
    await saveNprs(p.page, 1);
    const after = await record(p.page);
    assert.equal(after.nprs.length, before.nprs.length + 1, 'every stored entry is still there, plus the new one');
    assert.equal(after.plan.revisions.length, before.plan.revisions.length);
    assert.equal(after.qbpds.length, before.qbpds.length);
    await p.context.close();
  });
}

test('full storage: the app does not call it unavailable, shows the stored data, says it is full', async () => {
  const p = await newPage(env);
  await open(env, p.page, '/');
  await storeRecord(p.page, RECORD_V2);
  await p.context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await open(env, p.page, '/nprs');
  const before = JSON.parse(RECORD_V2);
  assert.equal(await p.page.getByTestId('nprs-history').locator('li').count(), before.nprs.length);
  assert.equal(await p.page.getByText('Dit apparaat laat Rugplan niets bewaren', { exact: false }).count(), 0);
  await saveNprs(p.page, 2);
  await p.page.getByText('Het geheugen van de browser is vol.', { exact: false }).waitFor();
  assert.equal(await p.page.getByText('Dit apparaat laat Rugplan niets bewaren', { exact: false }).count(), 0);
  assert.equal((await storage(p.page))['rugplan.record'], RECORD_V2, 'the stored record is untouched');
  await p.context.close();
});

test('the backup date is recorded only when the download started', async () => {
  const p = await newPage(env);
  await open(env, p.page, '/');
  await storeRecord(p.page, RECORD_V2);
  await p.context.addInitScript(() => {
    URL.createObjectURL = () => { throw new Error('no downloads here'); };
  });
  await open(env, p.page, '/export');
  await p.page.getByRole('button', { name: 'Reservekopie downloaden' }).click();
  await p.page.getByTestId('export-message').waitFor();
  assert.equal((await record(p.page)).last_backup_at, JSON.parse(RECORD_V2).last_backup_at);
  await p.context.close();
});

const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** A phone context with Safari's user agent; `init` runs before the app. */
async function iphone(init) {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'nl-NL', userAgent: IPHONE_SAFARI, hasTouch: true, isMobile: true });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  // The v2 fixture's last backup is 4 April 2026: 8 days old here.
  await page.clock.setFixedTime(new Date('2026-04-12T10:00:00'));
  await page.goto(env.url + '/');
  await waitForApp(page);
  await storeRecord(page, RECORD_V2);
  await page.reload();
  await waitForApp(page);
  return { context, page };
}

test('Safari, not on the home screen: plain advice, and the backup reminder after 7 days', async () => {
  const { context, page } = await iphone();
  const advice = page.getByTestId('home-storage-risk');
  assert.match(await advice.innerText(), /7 dagen/);
  assert.match(await advice.innerText(), /beginscherm/);
  assert.match(await advice.innerText(), /reservekopie/);
  assert.match(await page.getByTestId('home-backup').innerText(), /Maak een nieuwe reservekopie/, '8 days: reminded');
  await page.screenshot({ path: '/tmp/sync-iphone-nl.png', fullPage: true });
  await context.close();

  // The same backup age in another browser: no reminder yet (14 days there).
  const p = await newPage(env);
  await p.page.clock.setFixedTime(new Date('2026-04-12T10:00:00'));
  await open(env, p.page, '/');
  await storeRecord(p.page, RECORD_V2);
  await p.page.reload();
  await waitForApp(p.page);
  assert.doesNotMatch(await p.page.getByTestId('home-backup').innerText(), /Maak een nieuwe reservekopie/);
  assert.equal(await p.page.getByTestId('home-storage-risk').count(), 0);
  await p.context.close();
});

test('Safari from the home screen: no advice; a private window is said as such', async () => {
  const standalone = await iphone(() => { Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }); });
  assert.equal(await standalone.page.getByTestId('home-storage-risk').count(), 0);
  assert.doesNotMatch(await standalone.page.getByTestId('home-backup').innerText(), /Maak een nieuwe reservekopie/);
  await standalone.context.close();

  const priv = await iphone(() => {
    StorageManager.prototype.getDirectory = () =>
      Promise.reject(new DOMException('The operation failed for an unknown transient reason (e.g. out of memory).', 'UnknownError'));
  });
  await priv.page.getByTestId('home-storage-risk').getByText('privévenster').waitFor();
  await priv.page.screenshot({ path: '/tmp/sync-iphone-private-nl.png', fullPage: true });
  await priv.context.close();
});
