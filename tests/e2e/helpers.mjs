// Shared helpers for the end-to-end tests: the server, the browser, and app-specific waits.
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.RUGPLAN_DIST ?? join(here, '..', '..', 'dist');
export const SHOTS = join(here, 'screenshots');

/** A schema-2 record with about five weeks of data (tests/fixtures/record-v2.json). */
export const RECORD_V2 = readFileSync(join(here, '..', 'fixtures', 'record-v2.json'), 'utf8');

export const PHONE = { width: 360, height: 740 };
export const TABLET = { width: 1024, height: 768 };

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the server and a browser; returns helpers and a `close`. */
export async function setup() {
  const server = await startServer(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh browser context (a new profile: empty storage) and page. Every request to another
 * origin fails the test: the app must never leave the device. Page errors are collected.
 */
export async function newPage(env, { viewport = TABLET, locale = 'nl-NL', initScript, bypassCSP = false } = {}) {
  // bypassCSP only for tests that inject a checker (axe); every other test runs under the CSP.
  const context = await env.browser.newContext({ viewport, locale, acceptDownloads: true, bypassCSP });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin !== new URL(env.url).origin && !u.protocol.startsWith('blob') && !u.protocol.startsWith('data')) {
      foreign.push(u.href);
      return route.abort();
    }
    return route.continue();
  });
  if (initScript) await context.addInitScript(initScript);
  // Checked for every test on close: no request to another origin, no CSP violation.
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    assert.deepEqual(foreign, [], 'no request may leave the device');
    assert.deepEqual(errors.filter((e) => /Content Security Policy/i.test(e)), [], 'no CSP violation');
  };
  return { context, page, errors, foreign };
}

/** Opens a path and waits until the app has rendered (fails if the release build does not start). */
export async function open(env, page, path) {
  await page.goto(env.url + path);
  await waitForApp(page);
}

export async function waitForApp(page) {
  try {
    await page.locator('header .brand-name').waitFor({ state: 'visible', timeout: 15000 });
    // Pages other than the start page load their own wasm file first: main is aria-busy meanwhile.
    await page.locator('main[aria-busy="false"] h1').first().waitFor({ state: 'visible', timeout: 15000 });
  } catch (e) {
    const body = await page.locator('body').innerText().catch(() => '');
    throw new Error(`the app did not render: ${e.message}\nbody: ${body.slice(0, 300)}`);
  }
  assert.equal(await page.locator('#loading').count(), 0, 'loading text must be gone once the app runs');
}

export async function screenshot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

export async function storage(page) {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

/** Presses Tab until the focused element's text is `text` (keyboard-only navigation). */
export async function tabTo(page, text, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
  }
  throw new Error(`could not reach "${text}" with Tab`);
}

export function assertClean({ errors, foreign }) {
  assert.deepEqual(foreign, [], 'no request may leave the device');
  assert.deepEqual(errors.filter((e) => !e.includes('favicon')), [], 'no errors in the page');
}

/** Puts a stored record (its JSON text) into the page's localStorage, as the app would. */
export async function storeRecord(page, text) {
  await page.evaluate((t) => localStorage.setItem('rugplan.record', t), text);
}

/** Page files: the lazily loaded wasm of one page, or a chunk that pages share. */
export const PAGE_FILE = /\/(split|chunk)_[^/]+\.wasm$/;

/**
 * What a first visit that starts at `path` downloads: the paths of the HTML, JS, wasm and CSS
 * files it fetches (`/index.html` for the page itself) and their gzip -9 size. The service worker
 * is blocked, so its background precache (and sw.js itself) is not counted.
 */
export async function firstVisit(env, path) {
  const context = await env.browser.newContext({ serviceWorkers: 'block', locale: 'nl-NL' });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(env.url + path);
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...new Set(requests.map((p) => (/\.[a-z0-9]+$/.test(p) ? p : '/index.html')))]
    .filter((p) => /\.(html|js|wasm|css)$/.test(p));
  const gz = files.reduce((sum, p) => sum + gzipSync(readFileSync(join(DIST, p)), { level: 9 }).length, 0);
  return { files, gz };
}
