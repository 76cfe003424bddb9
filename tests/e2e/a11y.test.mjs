// Accessibility: axe-core (WCAG 2.2 A/AA rules and best practices) on every route in Dutch and
// English and on the key states of each flow (including the kiosk hand-over and a page whose
// file could not be downloaded). Zero violations allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setup, newPage, open, PHONE, storeRecord, RECORD_V2 } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const ROUTES = ['/', '/nprs', '/qbpds', '/plan', '/progress', '/export', '/clinician', '/info', '/info/build-up', '/alarm', '/kiosk', '/nope'];

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function check(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: tags }), RULES);
  const found = result.violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], `axe violations on ${where}`);
}

test('every route, both languages, with data', async () => {
  const p = await newPage(env, { bypassCSP: true });
  await p.page.clock.setFixedTime(new Date('2026-04-10T10:00:00'));
  await open(env, p.page, '/');
  await storeRecord(p.page, RECORD_V2);
  for (const lang of ['nl', 'en']) {
    for (const path of ROUTES) {
      await open(env, p.page, `${path}?lang=${lang}`);
      await check(p.page, `${path} (${lang})`);
    }
  }
  await p.context.close();
});

test('key states: questionnaire item and review, plan builder with errors, alarm advice, export', async () => {
  const p = await newPage(env, { viewport: PHONE, bypassCSP: true });
  const { page } = p;
  await open(env, page, '/qbpds');
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  await page.getByRole('radio', { name: /^2/ }).check();
  await check(page, 'QBPDS item');
  await page.getByRole('button', { name: 'Naar het overzicht' }).click();
  await page.getByRole('button', { name: 'Klaar: vragenlijst afronden' }).click();
  await check(page, 'QBPDS review with skipped items');
  await open(env, page, '/plan');
  await page.getByRole('button', { name: 'Plan maken' }).click();
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await check(page, 'plan builder with errors');
  await open(env, page, '/alarm');
  await page.locator('input[name=bladder_bowel]').check();
  await check(page, 'alarm advice');
  await open(env, page, '/export');
  await check(page, 'export');
  await p.context.close();
});

test('key states: kiosk hand-over, and a page whose file could not be downloaded', async () => {
  const p = await newPage(env, { bypassCSP: true });
  const { page, context } = p;
  await open(env, page, '/kiosk');
  await page.getByLabel('Pincode voor medewerkers (4 tot 8 cijfers)').fill('2468');
  await page.getByLabel('Pincode nog een keer').fill('2468');
  await page.getByLabel('Vragenlijst over de rug (QBPDS)').uncheck();
  await page.getByRole('button', { name: 'Wachtkamerstand aanzetten' }).click();
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
  await check(page, 'kiosk welcome');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('radio', { name: /^5/ }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Ja, alarmsignalen nakijken' }).click();
  await page.locator('input[name=bladder_bowel]').check();
  await check(page, 'kiosk alarm check, call-now');
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByTestId('kiosk-qr').waitFor();
  await page.getByTestId('kiosk-alarm').waitFor();
  await check(page, 'kiosk hand-over with an alarm sign');
  await context.close();

  // Without the service worker's copy and without network, a page file cannot be fetched.
  const q = await env.browser.newContext({ bypassCSP: true, serviceWorkers: 'block', locale: 'nl-NL' });
  const page2 = await q.newPage();
  await page2.goto(env.url + '/');
  await page2.locator('main[aria-busy="false"] h1').waitFor();
  await q.route(/\/(split|chunk)_[^/]+\.wasm$/, (route) => route.abort('internetdisconnected'));
  await page2.getByRole('link', { name: 'Alarmsignalen' }).first().click();
  await page2.getByTestId('urgent-signs').waitFor();
  await check(page2, 'alarm check could not load');
  await q.close();
});
