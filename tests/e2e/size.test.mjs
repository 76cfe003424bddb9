// Code splitting: the first visit downloads only the main module (what scripts/size.sh counts
// against the budget); every other page fetches its own wasm files on first use, and a page
// whose files cannot be downloaded says so in plain words and can be tried again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, waitForApp, storage, screenshot, firstVisit, PAGE_FILE, PHONE } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env.close(); });

// 216 KB this round (was 200): the safety and data-integrity fixes of issues 14 and 15 added
// 24 KB to the main module (BENCHMARKS.md); issue 20 brings the first visit down to 150 KB.
const BUDGET = 216_000;

/** Follows a menu link as a person would: on a phone the menu opens first (compact header). */
async function follow(page, name) {
  const toggle = page.locator('header button[aria-controls="site-nav"]');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

/** A profile without the service worker, so only the page's own requests are seen. */
async function pageWithoutWorker() {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'nl-NL', serviceWorkers: 'block' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return { context, page, requests };
}

test('the start page downloads only the main module, within the size budget', async () => {
  const { files, gz } = await firstVisit(env, '/');
  assert.deepEqual(files.filter((p) => PAGE_FILE.test(p)), [], 'no page file is fetched for the start page');
  // The same files scripts/size.sh counts (the icons and manifest are not needed to start).
  for (const p of files) assert.ok(!p.includes('/', 1), `${p} is a top-level file, as size.sh assumes`);
  assert.ok(gz <= BUDGET, `first visit ${gz} bytes gzip, budget ${BUDGET}`);
});

test('a page fetches its own files on first use, and only once', async () => {
  const { context, page, requests } = await pageWithoutWorker();
  await page.goto(env.url + '/');
  await waitForApp(page);
  await follow(page, 'Pijn');
  await waitForApp(page);
  assert.equal(await page.locator('main h1').innerText(), 'Pijn');
  const first = requests.filter((p) => PAGE_FILE.test(p));
  assert.ok(first.some((p) => p.includes('split_page_nprs')), `the NPRS page file is fetched: ${first}`);

  await follow(page, 'Vandaag');
  await waitForApp(page);
  await follow(page, 'Pijn');
  await waitForApp(page);
  assert.equal(await page.locator('main h1').innerText(), 'Pijn');
  assert.deepEqual(requests.filter((p) => PAGE_FILE.test(p)), first, 'nothing is fetched twice');
  await context.close();
});

test('a page whose files cannot be downloaded: plain message, data kept, try again works', async () => {
  const { context, page } = await pageWithoutWorker();
  await page.goto(env.url + '/');
  await waitForApp(page);
  // Something entered before the failure.
  await page.evaluate(() => localStorage.setItem('rugplan.lang', 'nl'));
  const before = await storage(page);

  await context.route(PAGE_FILE, (route) => route.abort('internetdisconnected'));
  await follow(page, 'Pijn');
  await waitForApp(page);
  assert.equal(await page.locator('main h1').innerText(), 'Dit deel van de app kon niet laden');
  assert.match(await page.getByRole('alert').first().innerText(), /Uw gegevens zijn veilig/);
  assert.deepEqual(await storage(page), before, 'stored data untouched');
  await screenshot(page, 'load-failed-phone-nl');

  await context.unroute(PAGE_FILE);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.locator('main h1', { hasText: /^Pijn$/ }).waitFor();
  assert.equal(await page.getByRole('radio').count(), 11, 'the NPRS works after the retry');
  await context.close();
});

test('if the alarm check cannot load, its urgent signs and whom to call are still shown', async () => {
  const { context, page } = await pageWithoutWorker();
  await page.goto(env.url + '/');
  await waitForApp(page);
  await context.route(PAGE_FILE, (route) => route.abort('internetdisconnected'));
  await page.getByRole('link', { name: 'Alarmsignalen' }).first().click();
  await waitForApp(page);
  const urgent = page.getByTestId('urgent-signs');
  await urgent.waitFor();
  const text = await urgent.innerText();
  assert.match(text, /Bel direct/);
  assert.match(text, /112/);
  assert.equal(await urgent.locator('li').count(), 5, 'the five signs that need a call at once');
  await context.close();
});
