// Keyboard only, every flow: the NPRS, the alarm check, logging a plan day, building a plan,
// export and restore, the waiting-room kiosk, the clinician view, progress tables and the language
// switch, with Tab, arrows, Space and Enter; focus is always visible on the element that has it.
// (The QBPDS keyboard walk-through is in qbpds.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, newPage, open, tabTo, storage, storeRecord, RECORD_V2 } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function focusVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    // Large answer buttons hide their radio, so the ring is drawn on the label around it.
    const target = el?.closest('label.choice') ?? el;
    const style = getComputedStyle(target);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

/** Presses Tab until the focused element has `attribute` = `value` (e.g. name=nprs, type=file). */
async function tabToAttribute(page, attribute, value, max = 80) {
  for (let i = 0; i < max; i++) {
    const current = await page.evaluate((a) => document.activeElement?.getAttribute(a), attribute);
    if (current === value) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach an element with ${attribute}="${value}" with Tab`);
}

/**
 * Opens the focused file field's chooser with Space. In headless Chromium the first press now and
 * then brings no chooser event (seen in 2 of 7 runs, right after a download in the same page;
 * cause not found), so it presses again, up to three times.
 */
async function openFileChooser(page) {
  for (let attempt = 1; ; attempt++) {
    try {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5000 }), page.keyboard.press('Space')]);
      return chooser;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

test('NPRS with the keyboard only', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/nprs');
  // Tab into the radio group, arrow to 3, save with Enter on the button.
  await tabToAttribute(page, 'name', 'nprs');
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  assert.ok(await focusVisible(page), 'focus is visible on the answer');
  await tabTo(page, 'Opslaan');
  assert.ok(await focusVisible(page), 'focus is visible on the button');
  await page.keyboard.press('Enter');
  await page.getByText('Bewaard: 3 van 10.').waitFor();
  await p.context.close();
});

test('alarm check with the keyboard only', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/');
  await tabTo(page, 'Alarmsignalen');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Alarmsignalen', exact: true }).waitFor();
  await tabToAttribute(page, 'name', 'weight_loss');
  await page.keyboard.press('Space');
  assert.ok(await focusVisible(page));
  assert.equal(await page.getByTestId('alarm-advice').getAttribute('data-advice'), 'soon');
  await p.context.close();
});

test('logging a plan day with the keyboard only', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.setFixedTime(new Date('2026-04-08T18:00:00'));
  await open(env, page, '/');
  await storeRecord(page, RECORD_V2);
  await open(env, page, '/plan');
  const quota = await page.getByTestId('quota').innerText();
  await tabTo(page, `Gedaan: ${quota}`);
  assert.ok(await focusVisible(page));
  await page.keyboard.press('Enter');
  await page.getByTestId('logged').waitFor();
  const rec = JSON.parse((await storage(page))['rugplan.record']);
  assert.ok(rec.plan.logs.some((l) => l.date === '2026-04-08'));
  await p.context.close();
});

/** Presses Tab until the focused form field is the one labelled `label`. */
async function tabToField(page, label, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      const fromLabel = el?.labels?.[0]?.textContent ?? '';
      return (el?.getAttribute('aria-label') ?? fromLabel).trim();
    });
    if (name === label) return;
  }
  throw new Error(`could not reach the field "${label}" with Tab`);
}

test('building an activity plan with the keyboard only', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.setFixedTime(new Date('2026-03-02T09:00:00'));
  await open(env, page, '/plan');
  await tabTo(page, 'Plan maken');
  await page.keyboard.press('Enter');
  await tabToField(page, 'Naam van de activiteit');
  assert.ok(await focusVisible(page), 'focus is visible on the name field');
  await page.keyboard.type('Wandelen');
  await tabToField(page, 'Wat u nu kunt, per dag');
  await page.keyboard.type('15');
  await tabToField(page, 'Doel per dag');
  await page.keyboard.type('30');
  assert.ok(await focusVisible(page));
  await tabTo(page, 'Plan opslaan', 80);
  assert.ok(await focusVisible(page), 'focus is visible on the save button');
  await page.keyboard.press('Enter');
  await page.getByText('Het plan is opgeslagen.').waitFor();
  assert.equal(await page.getByTestId('quota').innerText(), '12 minuten');
  const rec = JSON.parse((await storage(page))['rugplan.record']);
  assert.equal(rec.plan.revisions.length, 1);
  await p.context.close();
});

test('export and restore with the keyboard only', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/');
  await storeRecord(page, RECORD_V2);
  await open(env, page, '/export');
  await tabTo(page, 'Reservekopie downloaden', 80);
  assert.ok(await focusVisible(page), 'focus is visible on the download button');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await dl.path();
  assert.match(dl.suggestedFilename(), /\.json$/);

  // Restore the same file into this device: choose it with the keyboard, then add it.
  await tabToAttribute(page, 'type', 'file');
  assert.ok(await focusVisible(page), 'focus is visible on the file field');
  const chooser = await openFileChooser(page);
  await chooser.setFiles(path);
  await tabTo(page, 'Toevoegen aan wat hier al staat', 80);
  assert.ok(await focusVisible(page));
  const stored = (await storage(page))['rugplan.record'];
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: /toegevoegd|added/i }).first().waitFor().catch(() => {});
  const after = JSON.parse((await storage(page))['rugplan.record']);
  const before = JSON.parse(stored);
  assert.equal(after.nprs.length, before.nprs.length, 'merging the same backup adds nothing twice');
  await p.context.close();
});

test('waiting-room kiosk with the keyboard only: set up, one patient, hand-over, reset', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/kiosk');
  await tabToField(page, 'Pincode voor medewerkers (4 tot 8 cijfers)', 80);
  await page.keyboard.type('2468');
  await tabToField(page, 'Pincode nog een keer');
  await page.keyboard.type('2468');
  // Only the pain score this time: the questionnaire is switched off with Space.
  await tabToField(page, 'Vragenlijst over de rug (QBPDS)');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => document.activeElement.checked), false);
  await tabTo(page, 'Wachtkamerstand aanzetten', 80);
  assert.ok(await focusVisible(page));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();

  await tabTo(page, 'Beginnen', 80);
  await page.keyboard.press('Enter');
  await tabToAttribute(page, 'name', 'nprs');
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await tabTo(page, 'Opslaan');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Verder', 80);
  await page.keyboard.press('Enter');
  await tabTo(page, 'Nee, verder', 80);
  assert.ok(await focusVisible(page));
  await page.keyboard.press('Enter');
  await page.getByTestId('kiosk-code').waitFor();
  const code = await page.getByTestId('kiosk-code').innerText();
  assert.match(code, /^RP1\./);
  await tabTo(page, 'Klaar: alles wissen voor de volgende patiënt', 80);
  assert.ok(await focusVisible(page));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
  assert.ok(!(await page.content()).includes(code), 'no trace of the patient after the reset');
  await p.context.close();
});

test('clinician view with the keyboard only: choose a backup, read the summary', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/clinician');
  await tabToAttribute(page, 'type', 'file');
  assert.ok(await focusVisible(page), 'focus is visible on the file field');
  const chooser = await openFileChooser(page);
  await chooser.setFiles(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'examples', 'backup.json'));
  await page.getByTestId('clinician-summary').waitFor();
  assert.match(await page.getByTestId('clin-nprs-line').innerText(), /^Start: 7 /);
  await tabTo(page, 'Bewaren op dit apparaat', 80);
  assert.ok(await focusVisible(page), 'the next action is reachable with Tab');
  await p.context.close();
});

test('progress tables and the language switch with the keyboard only', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.setFixedTime(new Date('2026-04-08T18:00:00'));
  await open(env, page, '/');
  await storeRecord(page, RECORD_V2);
  await open(env, page, '/progress');
  await tabTo(page, 'Als tabel', 80);
  assert.ok(await focusVisible(page), 'focus is visible on the table toggle');
  await page.keyboard.press('Enter');
  await page.getByTestId('nprs-table').waitFor();
  assert.ok((await page.getByTestId('nprs-table').locator('tbody tr').count()) > 0);

  await tabTo(page, 'English', 80).catch(async () => {
    // The switch sits before the page in the tab order: start again from the top.
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Shift+Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'English') return;
    }
    throw new Error('could not reach the language switch');
  });
  assert.ok(await focusVisible(page));
  await page.keyboard.press('Enter');
  await page.locator('html[lang=en]').waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).waitFor();
  await p.context.close();
});
