// The alarm self-check against the NHG box "Spoed bij lagerugpijn" and Tabel 1 (CONTENT §5): no
// verdict before an answer, every call-now sign on its own, reassurance per sign, the Dutch and
// Belgian routes with fitting call links; screenshots at phone and tablet size in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { setup, newPage, open, assertClean, PHONE, TABLET } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const SHOTS = process.env.ALARM_SHOTS ?? '/tmp/alarm-shots';

async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

const advice = (page) => page.getByTestId('alarm-advice');
const tick = (page, id) => page.locator(`input[name=${id}]`).check();
const untick = (page, id) => page.locator(`input[name=${id}]`).uncheck();

test('no verdict before a tick or an explicit "none of these"', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/alarm');
  assert.equal(await advice(page).getAttribute('data-advice'), 'not-answered');
  assert.doesNotMatch(await page.locator('main').innerText(), /meestal niet ernstig|Blijf bewegen/);
  await tick(page, 'weight_loss');
  await untick(page, 'weight_loss');
  assert.equal(await advice(page).getAttribute('data-advice'), 'not-answered', 'unticking is not "none"');
  const none = page.locator('input[name=none_of_these]');
  await none.check();
  assert.equal(await advice(page).getAttribute('data-advice'), 'none');
  // Ticking a sign ends "none of these"; while a sign is ticked it cannot be chosen.
  await tick(page, 'bladder_bowel');
  assert.equal(await none.isChecked(), false);
  assert.equal(await none.isDisabled(), true);
  assert.equal(await advice(page).getAttribute('data-advice'), 'call-now');
  assertClean(p);
  await p.context.close();
});

test('each call-now sign counts on its own; routes for NL and BE', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/alarm');
  // NHG:L341-363: every line of the Spoed box on its own.
  for (const id of ['sudden_severe_pain', 'bladder_bowel', 'saddle_numbness', 'leg_weakness_numbness', 'after_back_procedure']) {
    await tick(page, id);
    assert.equal(await advice(page).getAttribute('data-advice'), 'call-now', id);
    const text = await advice(page).innerText();
    for (const needle of ['112', '1733', 'huisartsenpost']) assert.match(text, new RegExp(needle), `${id}: ${needle}`);
    assert.doesNotMatch(text, /meestal niet ernstig/, 'never reassurance with call-now');
    assert.equal(await page.getByTestId('alarm-reassurance').count(), 0);
    const links = await advice(page).locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // The aneurysm sign puts 112 first; the others lead with the GP on duty.
    assert.deepEqual(links, id === 'sudden_severe_pain' ? ['tel:112', 'tel:1733'] : ['tel:1733', 'tel:112'], id);
    await untick(page, id);
  }
  assertClean(p);
  await p.context.close();
});

test('severe leg pain and reassurance follow the per-sign rules', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/alarm');
  // NHG:L358: severe radiating leg pain alone: GP within days, no reassurance.
  await tick(page, 'severe_leg_pain');
  assert.equal(await advice(page).getAttribute('data-advice'), 'soon');
  assert.equal(await page.getByTestId('alarm-reassurance').count(), 0);
  // With a call-now sign: now.
  await tick(page, 'leg_weakness_numbness');
  assert.equal(await advice(page).getAttribute('data-advice'), 'call-now');
  await untick(page, 'leg_weakness_numbness');
  await untick(page, 'severe_leg_pain');
  // NHG:L2870-2879: a history of cancer is never softened.
  await tick(page, 'cancer_history');
  assert.equal(await advice(page).getAttribute('data-advice'), 'soon');
  assert.equal(await page.getByTestId('alarm-reassurance').count(), 0);
  await untick(page, 'cancer_history');
  // NHG:L613-615: one Tabel 1 sign alone may be reassured; two may not.
  await tick(page, 'weight_loss');
  assert.match(await page.getByTestId('alarm-reassurance').innerText(), /meestal niet ernstig/);
  await tick(page, 'fever_night_sweats');
  assert.equal(await page.getByTestId('alarm-reassurance').count(), 0);
  assertClean(p);
  await p.context.close();
});

test('screenshots: none ticked, soon, call-now at phone and tablet size, Dutch and English', async () => {
  for (const [size, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    for (const lang of ['nl', 'en']) {
      const p = await newPage(env, { viewport });
      const { page } = p;
      await open(env, page, `/alarm?lang=${lang}`);
      await shot(page, `alarm-${size}-${lang}-not-answered`);
      await page.locator('input[name=none_of_these]').check();
      await shot(page, `alarm-${size}-${lang}-none`);
      await page.locator('input[name=none_of_these]').uncheck();
      await tick(page, 'weight_loss');
      await advice(page).scrollIntoViewIfNeeded();
      await shot(page, `alarm-${size}-${lang}-soon`);
      await tick(page, 'sudden_severe_pain');
      await shot(page, `alarm-${size}-${lang}-call-now`);
      assertClean(p);
      await p.context.close();
    }
  }
});
