// Screenshots of every screen at phone and tablet size in both languages (looked at by people;
// written to tests/e2e/screenshots/), and no screen scrolls sideways at 320 px or at 200 % zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, screenshot, PHONE, TABLET, storeRecord, RECORD_V2 } from './helpers.mjs';

// Every entry point of the README's table, and a path that is not a page.
const ROUTES = [
  '/', '/nprs', '/qbpds', '/plan', '/progress', '/export', '/clinician', '/info', '/info/what-is-it',
  '/info/what-helps', '/info/build-up', '/info/pain-medication', '/info/work', '/info/when-to-call',
  '/alarm', '/kiosk', '/nope',
];

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('every screen at phone and tablet size, Dutch and English', async () => {
  for (const [size, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    const p = await newPage(env, { viewport });
    await p.page.clock.setFixedTime(new Date('2026-04-10T10:00:00'));
    await open(env, p.page, '/');
    await storeRecord(p.page, RECORD_V2);
    for (const lang of ['nl', 'en']) {
      for (const path of ROUTES) {
        await open(env, p.page, `${path}?lang=${lang}`);
        const name = path === '/' ? 'home' : path.slice(1).replace(/\//g, '-');
        await screenshot(p.page, `screen-${name}-${size}-${lang}`);
      }
    }
    await p.context.close();
  }
});

test('no sideways scrolling at 320 px wide, nor at 200 % zoom on a 640 px screen', async () => {
  for (const [label, options] of [['320px', { viewport: { width: 320, height: 640 } }], ['200%', { viewport: { width: 640, height: 480 } }]]) {
    const p = await newPage(env, options);
    if (label === '200%') {
      // Chromium's zoom: twice the CSS pixel size, as a person zooming to 200 % sees it.
      const cdp = await p.context.newCDPSession(p.page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 240, deviceScaleFactor: 2, mobile: false });
    }
    await p.page.clock.setFixedTime(new Date('2026-04-10T10:00:00'));
    await open(env, p.page, '/');
    await storeRecord(p.page, RECORD_V2);
    for (const path of ROUTES) {
      await open(env, p.page, path);
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} at ${label}: ${overflow}px sideways scrolling`);
    }
    await p.context.close();
  }
});
