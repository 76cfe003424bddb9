// The instruments and the shell on a phone (issue 14, "The instruments on a phone"):
// - the NPRS stays one row from 0 to 10 from 320 px up (a numeric rating scale keeps its
//   orientation: ISPOR ePRO good practice), every target at least 24 x 24 CSS px (WCAG 2.5.8),
//   the anchors under 0 and 10;
// - the header leaves the screen to the content: at most a fifth of a 360 x 740 screen on every
//   route, the alarm link and the language switch visible without opening anything, the menu a
//   disclosure (aria-expanded, Escape closes and gives focus back, keyboard and 200 % zoom work,
//   not printed).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setup, newPage, open, screenshot, storeRecord, RECORD_V2, PHONE, TABLET } from './helpers.mjs';

const ROUTES = ['/', '/nprs', '/qbpds', '/plan', '/progress', '/export', '/clinician', '/info', '/info/what-is-it', '/alarm', '/kiosk', '/nope'];
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** The boxes of the eleven NPRS answers (the label around each radio), in DOM order. */
async function nprsBoxes(page) {
  return page.locator('input[name="nprs"]').evaluateAll((inputs) => inputs.map((i) => {
    const r = i.closest('label').getBoundingClientRect();
    return { value: i.value, top: r.top, left: r.left, right: r.right, width: r.width, height: r.height };
  }));
}

async function checkNprsRow(page, where) {
  const boxes = await nprsBoxes(page);
  assert.deepEqual(boxes.map((b) => b.value), ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
  for (const b of boxes) {
    assert.ok(Math.abs(b.top - boxes[0].top) < 1, `${where}: ${b.value} is in the same row as 0 (top ${b.top} vs ${boxes[0].top})`);
    assert.ok(b.width >= 24 && b.height >= 24, `${where}: ${b.value} is ${b.width} x ${b.height}, at least 24 x 24`);
  }
  for (let i = 1; i < boxes.length; i++) {
    assert.ok(boxes[i].left >= boxes[i - 1].right, `${where}: ${boxes[i].value} is right of ${boxes[i - 1].value}`);
  }
  const vw = await page.evaluate(() => document.documentElement.clientWidth);
  assert.ok(boxes[10].right <= vw, `${where}: 10 is on the screen`);
  // The anchors: under the row, the low one starting under 0, the high one ending under 10.
  const anchors = await page.locator('.anchors span').evaluateAll((s) => s.map((e) => {
    const r = e.getBoundingClientRect();
    return { text: e.textContent, top: r.top, left: r.left, right: r.right };
  }));
  assert.equal(anchors.length, 2);
  const bottom = boxes[0].top + boxes[0].height;
  assert.ok(anchors[0].top >= bottom && anchors[1].top >= bottom, `${where}: anchors under the answers`);
  assert.ok(Math.abs(anchors[0].left - boxes[0].left) < 2, `${where}: "${anchors[0].text}" starts under 0`);
  assert.ok(Math.abs(anchors[1].right - boxes[10].right) < 2, `${where}: "${anchors[1].text}" ends under 10`);
  return boxes;
}

test('the NPRS is one row from 0 to 10 at 320, 360 and 390 px, targets at least 24 x 24', async () => {
  for (const width of [320, 360, 390]) {
    const p = await newPage(env, { viewport: { width, height: 740 } });
    for (const lang of ['nl', 'en']) {
      await open(env, p.page, `/nprs?lang=${lang}`);
      await checkNprsRow(p.page, `${width} px ${lang}`);
    }
    await screenshot(p.page, `phone-nprs-${width}`);
    await p.context.close();
  }
  // 200 % zoom on a 640 px wide window: 320 CSS px.
  const p = await newPage(env, { viewport: { width: 640, height: 480 } });
  const cdp = await p.context.newCDPSession(p.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 240, deviceScaleFactor: 2, mobile: false });
  await open(env, p.page, '/nprs');
  await checkNprsRow(p.page, '200 % zoom');
  await p.context.close();
});

test('wider screens give larger NPRS targets, still one row', async () => {
  const p = await newPage(env, { viewport: { width: 390, height: 740 } });
  await open(env, p.page, '/nprs');
  const phone = await checkNprsRow(p.page, '390 px');
  assert.ok(phone[0].width >= 26, `at 390 px a target is ${phone[0].width} px wide: larger where the width allows`);
  await p.page.setViewportSize(TABLET);
  const tablet = await checkNprsRow(p.page, 'tablet');
  assert.ok(tablet[0].width >= 44, `at 1024 px a target is ${tablet[0].width} px wide`);
  await p.context.close();
});

test('on a 360 x 740 phone the header takes at most a fifth of the screen on every route', async () => {
  const p = await newPage(env, { viewport: PHONE });
  await p.page.clock.setFixedTime(new Date('2026-04-10T10:00:00'));
  await open(env, p.page, '/');
  await storeRecord(p.page, RECORD_V2);
  for (const lang of ['nl', 'en']) {
    for (const path of ROUTES) {
      await open(env, p.page, `${path}?lang=${lang}`);
      const where = `${path} (${lang})`;
      const header = await p.page.locator('header.site-header').boundingBox();
      assert.ok(header.height <= 0.2 * PHONE.height, `${where}: header is ${header.height} px high (at most ${0.2 * PHONE.height})`);
      for (const selector of ['header .alarm-link', 'header .lang-switch']) {
        const el = p.page.locator(selector);
        assert.ok(await el.isVisible(), `${where}: ${selector} is visible without opening anything`);
        const box = await el.boundingBox();
        assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height && box.x + box.width <= PHONE.width, `${where}: ${selector} is on the screen`);
        assert.ok(box.height >= 24 && box.width >= 24, `${where}: ${selector} is a target of at least 24 x 24`);
      }
    }
  }
  await p.context.close();
});

test('the phone menu is a disclosure: opens, closes with Escape, follows a link, keyboard only', async () => {
  const p = await newPage(env, { viewport: PHONE });
  const { page } = p;
  await open(env, page, '/');
  const toggle = page.locator('header button[aria-controls="site-nav"]');
  const nav = page.locator('#site-nav');
  assert.ok(await toggle.isVisible(), 'a menu button on a phone');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await nav.getByRole('link', { name: 'Pijn' }).isVisible(), false, 'the menu is closed at first');

  // Mouse / touch: open, look, close with Escape, focus back on the button.
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await nav.getByRole('link', { name: 'Pijn' }).isVisible());
  await screenshot(page, 'phone-menu-open-nl');
  await nav.getByRole('link', { name: 'Plan' }).focus();
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await nav.getByRole('link', { name: 'Pijn' }).isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls')), 'site-nav', 'Escape gives focus back to the menu button');

  // Keyboard: Enter opens, Tab reaches the links, Enter follows one; the menu closes on the new page.
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  let reached = false;
  for (let i = 0; i < 12 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Vragenlijst';
  }
  assert.ok(reached, 'Tab reaches the menu links right after the button');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/qbpds$/);
  await page.locator('main[aria-busy="false"] h1').first().waitFor();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'the menu closes after following a link');
  assert.equal(await nav.getByRole('link', { name: 'Pijn' }).isVisible(), false);
  await p.context.close();
});

test('the menu on a tablet is always shown; on paper there is neither menu nor button', async () => {
  const p = await newPage(env, { viewport: TABLET });
  const { page } = p;
  await open(env, page, '/nprs');
  assert.equal(await page.locator('header button[aria-controls="site-nav"]').isVisible(), false, 'no menu button on a tablet');
  assert.ok(await page.locator('#site-nav').getByRole('link', { name: 'Pijn' }).isVisible());
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header button[aria-controls="site-nav"]').isVisible(), false, 'no menu button on paper');
  assert.equal(await page.locator('#site-nav').isVisible(), false, 'no menu on paper');
  await p.context.close();
});

test('at 200 % zoom the menu button opens the menu and no content hides under the header', async () => {
  const p = await newPage(env, { viewport: { width: 640, height: 480 } });
  const { page } = p;
  const cdp = await p.context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 320, height: 240, deviceScaleFactor: 2, mobile: false });
  await open(env, page, '/plan');
  const toggle = page.locator('header button[aria-controls="site-nav"]');
  await toggle.click();
  assert.ok(await page.locator('#site-nav').getByRole('link', { name: 'Voortgang' }).isVisible());
  await page.locator('#site-nav').getByRole('link', { name: 'Voortgang' }).click();
  await page.waitForURL(/\/progress$/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${overflow}px sideways scrolling`);
  await p.context.close();
});

test('axe on a phone with the menu closed and open', async () => {
  const p = await newPage(env, { viewport: PHONE, bypassCSP: true });
  const { page } = p;
  for (const lang of ['nl', 'en']) {
    await open(env, page, `/nprs?lang=${lang}`);
    for (const state of ['closed', 'open']) {
      if (state === 'open') await page.locator('header button[aria-controls="site-nav"]').click();
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }));
      const found = result.violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `axe on /nprs (${lang}) with the menu ${state}`);
    }
  }
  await p.context.close();
});
