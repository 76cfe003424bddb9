// The activity plan: build a plan, log three days with a controlled clock, revise it, reload,
// and see every log and revision kept. Dates are fixed by Playwright's clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, waitForApp, storage, screenshot, assertClean, PHONE, TABLET } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/**
 * Fixes the browser's clock at a local date and time (timers keep running), then opens a path.
 * (No `clock.install`: a fully fake clock also stops animation frames, which clicks wait for.)
 */
async function at(page, when, path) {
  await page.clock.setFixedTime(new Date(when));
  await open(env, page, path);
}

test('build, log three days, revise, reload: everything kept', async () => {
  const p = await newPage(env, { viewport: TABLET });
  const { page } = p;
  await at(page, '2026-03-02T09:00:00', '/plan');
  await page.getByText('Opbouwen op vaste dagen, niet als de pijn het toelaat').waitFor();
  await page.getByRole('button', { name: 'Plan maken' }).click();

  const form = page.getByTestId('activity-form').first();
  await form.getByLabel('Naam van de activiteit').fill('Wandelen');
  await form.getByLabel('Wat u nu kunt, per dag').fill('15');
  await form.getByLabel('Doel per dag').fill('30');
  // Defaults: start 80 % (12), goal date in 14 days, a step every 2 days.
  await form.locator('.preview table').waitFor();
  const firstRows = await form.locator('.preview tbody tr').allInnerTexts();
  assert.equal(firstRows.length, 8);
  assert.match(firstRows[0], /2 maart 2026\s+12 minuten/);
  assert.match(firstRows[7], /16 maart 2026\s+30 minuten/);
  await screenshot(page, 'plan-builder-tablet-nl');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await page.getByText('Het plan is opgeslagen.').waitFor();
  assert.equal(await page.getByTestId('quota').innerText(), '12 minuten');

  // Day 1: as planned.
  await page.getByRole('button', { name: 'Gedaan: 12 minuten' }).click();
  await page.getByTestId('logged').getByText('Ingevuld: 12 minuten').waitFor();
  // Day 2: exact amount and a pain note; the quota does not change because of pain.
  await at(page, '2026-03-03T19:00:00', '/plan');
  await page.locator('details.exact summary').click();
  await page.getByLabel('Of vul in wat u precies heeft gedaan').fill('-3');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByText('Een getal onder 0 kan niet.').waitFor();
  await page.getByLabel('Of vul in wat u precies heeft gedaan').fill('10');
  await page.getByLabel('Notitie over pijn (mag leeg blijven)').fill('Veel pijn vanochtend');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByTestId('logged').getByText('Ingevuld: 10 minuten').waitFor();
  assert.equal(await page.getByTestId('quota').innerText(), '12 minuten', 'nothing recalculated because of pain');
  // Day 4 (day 3 missed): the step has gone up on its fixed date; day 3 stays visible as missed.
  await at(page, '2026-03-05T18:00:00', '/plan');
  assert.equal(await page.getByTestId('quota').innerText(), '14 minuten');
  assert.match(await page.getByTestId('missed').innerText(), /4 maart 2026/);
  await page.getByRole('button', { name: 'Gedaan: 14 minuten' }).click();
  // Log the missed day afterwards.
  await page.getByLabel('Voor welke dag?').selectOption('2026-03-04');
  // 4 March had its own fixed step (14 minutes from 4 March on).
  await page.getByRole('button', { name: 'Gedaan: 14 minuten' }).click();
  await page.getByTestId('adherence').getByText(/3 van de 4 dagen gehaald\. 4 dagen ingevuld\./).waitFor();
  await screenshot(page, 'plan-today-tablet-nl');

  // Revise: a slower build-up agreed with the clinician, valid from today.
  await page.getByRole('button', { name: 'Plan wijzigen' }).click();
  await page.getByTestId('activity-form').first().getByLabel('Elke hoeveel dagen een stap omhoog?').fill('3');
  await page.getByLabel('Notitie (mag leeg)').fill('Rustiger opbouwen');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  await page.getByText('Het plan is opgeslagen.').waitFor();

  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByTestId('plan-revisions').locator('li').count(), 2, 'the earlier revision is kept');
  const rec = JSON.parse((await storage(page))['rugplan.record']);
  assert.equal(rec.schema_version, 3);
  assert.equal(rec.plan.revisions.length, 2);
  assert.equal(rec.plan.logs.length, 4, 'every log kept across the revision');
  assert.equal(rec.plan.logs.find((l) => l.date === '2026-03-03').pain_note, 'Veel pijn vanochtend');
  assertClean(p);
  await p.context.close();
});

test('invalid plans get clear messages and cannot be saved', async () => {
  const p = await newPage(env, { viewport: PHONE });
  const { page } = p;
  await at(page, '2026-10-20T09:00:00', '/plan?lang=en');
  await page.getByRole('button', { name: 'Make a plan' }).click();
  const form = page.getByTestId('activity-form').first();
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await page.getByText('First change what is shown in red above.').waitFor();
  await form.getByLabel('Name of the activity').fill('Cycling');
  await form.getByLabel('What you can do now, per day').fill('20');
  await form.getByLabel('Goal per day').fill('10');
  await form.getByText('The goal (10) must be higher than where you start (16).').waitFor();
  await form.getByLabel('Goal per day').fill('40');
  await form.getByLabel('Goal reached on').fill('2026-10-19');
  await form.getByText('The goal date must be after the start date.').waitFor();
  // Across the end of summer time (25 October): steps stay on their calendar dates.
  await form.getByLabel('Goal reached on').fill('2026-11-03');
  const rows = await form.locator('.preview tbody tr').allInnerTexts();
  assert.match(rows.join('|'), /24 October 2026.*26 October 2026/);
  assert.match(rows.at(-1), /3 November 2026\s+40 minutes/);
  await screenshot(page, 'plan-builder-phone-en');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `builder is ${overflow}px wider than a 360 px phone`);
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await page.getByTestId('quota').waitFor();
  await p.context.close();
});
