// Keyboard only: the NPRS, the alarm check and logging a plan day, with Tab, arrows, Space and
// Enter; focus is always visible on the element that has it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, newPage, open, tabTo, storage } from './helpers.mjs';

const FIXTURE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'record-v2.json'), 'utf8');
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

test('NPRS with the keyboard only', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/nprs');
  // Tab into the radio group, arrow to 3, save with Enter on the button.
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) === 'nprs') break;
    await page.keyboard.press('Tab');
  }
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
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('name'))) === 'weight_loss') break;
    await page.keyboard.press('Tab');
  }
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
  await page.evaluate((t) => localStorage.setItem('rugplan.record', t), FIXTURE);
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
