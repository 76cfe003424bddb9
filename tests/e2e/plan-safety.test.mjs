// Issue 14: the activity plan says when to stop (plan page, builder, printed overview), a new plan
// starts below the baseline, a step that more than doubles gets a warning, the QBPDS shows its own
// "do not skip" instruction, and the changed information pages. Screenshots at phone and tablet
// size in Dutch and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, screenshot, storeRecord, assertClean, RECORD_V2, PHONE, TABLET } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const SIZES = [['phone', PHONE], ['tablet', TABLET]];

/** Fixes the browser's clock (timers keep running), then opens a path. */
async function at(page, when, path) {
  await page.clock.setFixedTime(new Date(when));
  await open(env, page, path);
}

async function noSidewaysScroll(page, what) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} is ${overflow}px too wide`);
}

test('the plan page shows the stop rule with a working link to the alarm check', async () => {
  for (const [size, viewport] of SIZES) {
    for (const lang of ['nl', 'en']) {
      const p = await newPage(env, { viewport });
      const { page } = p;
      await at(page, '2026-04-05T09:00:00', '/');
      await storeRecord(page, RECORD_V2);
      await open(env, page, `/plan?lang=${lang}`);
      const rule = page.getByTestId('stop-rule');
      await rule.waitFor();
      const text = await rule.innerText();
      if (lang === 'nl') {
        assert.match(text, /Wanneer stoppen\?/);
        assert.match(text, /Gewone pijn tijdens of na het bewegen is geen reden om te stoppen\. Uw plan verandert daar niet door\./);
        assert.match(text, /Stop wel als u nieuwe klachten krijgt of als klachten erger worden\./);
        assert.match(text, /een zwak of doof been, problemen met plassen, of pijn die 24 uur na het bewegen nog steeds toeneemt/);
        assert.match(text, /neem contact op met uw huisarts of fysiotherapeut\./);
      } else {
        assert.match(text, /When to stop/);
        assert.match(text, /Ordinary pain during or after the activity is no reason to stop\./);
        assert.match(text, /a weak or numb leg, problems passing urine, or pain that is still increasing 24 hours after the activity/);
        assert.match(text, /contact your GP or physiotherapist\./);
      }
      // The time-contingent message for ordinary pain stays.
      assert.match(await page.locator('.time-contingent').innerText(), lang === 'nl' ? /ook als het pijn doet/ : /even if it hurts/);
      await noSidewaysScroll(page, `plan page ${size} ${lang}`);
      await screenshot(page, `stop-rule-plan-${size}-${lang}`);
      const link = rule.getByRole('link', { name: lang === 'nl' ? 'alarmsignalen' : 'warning signs' });
      assert.equal(await link.getAttribute('href'), '/alarm');
      if (size === 'phone' && lang === 'nl') {
        await link.click();
        await page.waitForURL(/\/alarm$/);
        await page.getByRole('heading', { level: 1, name: 'Alarmsignalen' }).waitFor();
      }
      assertClean(p);
      await p.context.close();
    }
  }
});

test('builder: stop rule, a start below the baseline, a warning for a step that more than doubles', async () => {
  for (const [size, viewport] of SIZES) {
    const p = await newPage(env, { viewport });
    const { page } = p;
    await at(page, '2026-10-20T09:00:00', '/plan?lang=en');
    await page.getByRole('button', { name: 'Make a plan' }).click();
    await page.locator('.builder [data-testid="stop-rule"]').getByText('Do stop if you get new symptoms').waitFor();
    const form = page.getByTestId('activity-form').first();
    await form.getByLabel('Name of the activity').fill('Walking');
    await form.getByLabel('What you can do now, per day').fill('20');
    await form.getByLabel('Goal per day').fill('40');
    // 100 % of what you can do now is not below it.
    await form.getByLabel(/Start at/).fill('100');
    await form.getByText('You would start at 20. Start below what you can do now (20). Choose a lower percentage or another unit.').waitFor();
    assert.equal(await form.locator('.preview table').count(), 0, 'no schedule for a plan that cannot be saved');
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByText('First change what is shown in red above.').waitFor();
    await form.getByLabel(/Start at/).fill('80');
    await form.locator('.preview table').waitFor();
    assert.equal(await form.getByTestId('large-step').count(), 0, '16 to 40 over 14 days: no step doubles');
    // From 16 to 40 minutes in one day: more than double in one step.
    await form.getByLabel('Goal reached on').fill('2026-10-21');
    const warning = form.getByTestId('large-step');
    await warning.waitFor();
    assert.equal(await warning.innerText(), 'Note: on 21 October 2026 you go from 16 minutes to 40 minutes. That is more than double in one step. Perhaps choose a later goal date, so the steps get smaller.');
    await noSidewaysScroll(page, `builder ${size}`);
    await screenshot(page, `stop-rule-builder-${size}-en`);
    // A warning, not a refusal.
    await page.getByRole('button', { name: 'Save the plan' }).click();
    await page.getByTestId('quota').waitFor();
    assertClean(p);
    await p.context.close();
  }
  // The Dutch builder, for the screenshots.
  for (const [size, viewport] of SIZES) {
    const p = await newPage(env, { viewport });
    const { page } = p;
    await at(page, '2026-10-20T09:00:00', '/plan');
    await page.getByRole('button', { name: 'Plan maken' }).click();
    const form = page.getByTestId('activity-form').first();
    await form.getByLabel('Naam van de activiteit').fill('Wandelen');
    await form.getByLabel('Wat u nu kunt, per dag').fill('1');
    await form.getByLabel('Eenheid').selectOption('times_per_day');
    await form.getByLabel('Doel per dag').fill('3');
    await form.getByText('U zou beginnen op 1. Begin lager dan wat u nu kunt (1). Kies een lager percentage of een andere eenheid.').waitFor();
    await page.locator('.builder [data-testid="stop-rule"]').getByText('Stop wel als u nieuwe klachten krijgt').waitFor();
    await screenshot(page, `stop-rule-builder-${size}-nl`);
    assertClean(p);
    await p.context.close();
  }
});

test('the printed overview carries the stop rule and stays one A4 page', async () => {
  for (const lang of ['nl', 'en']) {
    const p = await newPage(env);
    const { page } = p;
    await at(page, '2026-04-20T12:00:00', '/');
    await storeRecord(page, RECORD_V2);
    await open(env, page, `/export?lang=${lang}`);
    await page.evaluate(() => { window.print = () => {}; });
    await page.getByRole('button', { name: lang === 'nl' ? 'Afdrukken' : 'Print' }).click();
    const overview = page.getByTestId('print-overview');
    await overview.waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const rule = overview.getByTestId('stop-rule');
    assert.ok(await rule.isVisible());
    assert.match(await rule.innerText(), lang === 'nl' ? /Stop wel als u nieuwe klachten krijgt/ : /Do stop if you get new symptoms/);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `one A4 page (${lang})`);
    await screenshot(page, `stop-rule-print-${lang}`);
    await p.context.close();
  }
});

test('the QBPDS shows its own instruction: answer every activity', async () => {
  for (const [size, viewport] of SIZES) {
    for (const lang of ['nl', 'en']) {
      const p = await newPage(env, { viewport });
      const { page } = p;
      await open(env, page, `/qbpds?lang=${lang}`);
      const preamble = await page.getByTestId('qbpds-preamble').innerText();
      assert.match(preamble, lang === 'nl' ? /Sla geen activiteit over\./ : /\(do not skip any activities\)/);
      await noSidewaysScroll(page, `QBPDS ${size} ${lang}`);
      await screenshot(page, `qbpds-intro-${size}-${lang}`);
      await page.getByRole('button', { name: lang === 'nl' ? 'Begin met de vragenlijst' : 'Start the questionnaire' }).click();
      if (lang === 'nl') {
        // The answer steps of the English scale: "fairly difficult" = vrij veel moeite.
        await page.getByRole('radio', { name: /^3\s*vrij veel moeite$/ }).waitFor();
        await page.getByRole('radio', { name: /^4\s*veel moeite$/ }).waitFor();
      }
      await screenshot(page, `qbpds-item-${size}-${lang}`);
      assertClean(p);
      await p.context.close();
    }
  }
});

test('the changed information pages', async () => {
  const pages = ['what-helps', 'build-up', 'pain-medication', 'when-to-call'];
  for (const [size, viewport] of SIZES) {
    for (const lang of ['nl', 'en']) {
      const p = await newPage(env, { viewport });
      const { page } = p;
      for (const slug of pages) {
        await open(env, page, `/info/${slug}?lang=${lang}`);
        await noSidewaysScroll(page, `${slug} ${size} ${lang}`);
        await screenshot(page, `info-${slug}-${size}-${lang}`);
      }
      await open(env, page, `/info/pain-medication?lang=${lang}`);
      assert.match(await page.locator('main').innerText(), lang === 'nl' ? /Stop dan met paracetamol\./ : /Then stop taking paracetamol\./);
      await open(env, page, `/info/when-to-call?lang=${lang}`);
      assert.match(await page.locator('main').innerText(), /1733/);
      assertClean(p);
      await p.context.close();
    }
  }
});
