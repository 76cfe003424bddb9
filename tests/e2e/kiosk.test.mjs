// Waiting-room kiosk: patient A fills in and hands over; patient B finds no trace of A (screen,
// storage, back button, history); idle reset with a controlled clock; PIN tries limited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, waitForApp, storage, screenshot, assertClean, TABLET } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function switchOn(page, idleMinutes = '3') {
  await open(env, page, '/kiosk');
  await page.getByLabel('Pincode voor medewerkers (4 tot 8 cijfers)').fill('2468');
  await page.getByLabel('Pincode nog een keer').fill('2468');
  await page.getByLabel('Na hoeveel minuten zonder aanraken begint de tablet opnieuw?').selectOption(idleMinutes);
  await page.getByRole('button', { name: 'Wachtkamerstand aanzetten' }).click();
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
}

test('patient A hands over; patient B finds no trace of A', async () => {
  const p = await newPage(env, { viewport: TABLET });
  const { page } = p;
  await switchOn(page);
  assert.equal(await page.locator('nav').isVisible(), false, 'no menu out of the kiosk');
  const settings = JSON.parse((await storage(page))['rugplan.kiosk']);
  assert.ok(!JSON.stringify(settings).includes('2468'), 'the PIN is stored only as a salted hash');

  // Patient A.
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('radio', { name: /^8/ }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  for (let i = 0; i < 20; i++) {
    await page.getByRole('radio', { name: /^3/ }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByRole('button', { name: 'Klaar: vragenlijst afronden' }).click();
  await page.getByText('Uw score: 60 van 100.').first().waitFor();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Nee, verder' }).click();
  await page.getByTestId('kiosk-qr').waitFor();
  const code = await page.getByTestId('kiosk-code').innerText();
  assert.match(code, /^RP1\.N\d{12}p\d{4}8\.Q/);
  await screenshot(page, 'kiosk-handover-tablet-nl');
  assert.equal((await storage(page))['rugplan.record'], undefined, 'nothing of A in localStorage');
  await page.getByRole('button', { name: 'Klaar: alles wissen voor de volgende patiënt' }).click();

  // Patient B.
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
  const html = await page.content();
  assert.ok(!html.includes(code) && !html.includes('8 van 10') && !html.includes('60 van 100'), 'no trace of A in the page');
  assert.equal((await storage(page))['rugplan.record'], undefined);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.equal(new URL(page.url()).pathname, '/kiosk');
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) for (const req of await (await caches.open(key)).keys()) urls.push(req.url);
    return urls;
  });
  assert.ok(cached.every((u) => !u.includes('#') && !u.includes('RP1')), 'caches hold app files only');
  // Back goes through the app's own history entries: each shows the fresh kiosk, never A.
  for (let i = 0; i < 3 && new URL(page.url()).origin === env.url; i++) {
    assert.ok(!(await page.content()).includes('8 van 10'), 'the back button leads to no trace of A');
    await page.goBack().catch(() => {});
  }
  await open(env, page, '/');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByTestId('nprs-history').count().then((n) => assert.equal(n, 0, 'B starts with an empty history'));
  assertClean(p);
  await p.context.close();
});

test('after the idle time a countdown, then a reset', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.install();
  await switchOn(page, '1');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('radio', { name: /^6/ }).check();
  await page.clock.fastForward('00:35');
  await page.getByTestId('idle-warning').waitFor();
  assert.match(await page.getByTestId('idle-warning').innerText(), /Over \d+ seconden begint de tablet opnieuw/);
  await page.clock.fastForward('00:30');
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
  assert.equal(await page.getByTestId('idle-warning').count(), 0);
  await p.context.close();
});

test('wrong PIN tries are limited; the right PIN switches the mode off', async () => {
  const p = await newPage(env);
  const { page } = p;
  await switchOn(page);
  await page.getByRole('button', { name: 'Voor medewerkers' }).click();
  for (const left of [4, 3, 2, 1]) {
    await page.getByTestId('staff-pin').fill('1111');
    await page.getByRole('button', { name: 'Wachtkamerstand uitzetten' }).click();
    await page.getByText(`Onjuiste pincode. Nog ${left} pogingen.`).waitFor();
  }
  await page.getByTestId('staff-pin').fill('1111');
  await page.getByRole('button', { name: 'Wachtkamerstand uitzetten' }).click();
  await page.getByText(/Te vaak een onjuiste pincode/).waitFor();
  await page.getByTestId('staff-pin').fill('2468');
  await page.getByRole('button', { name: 'Wachtkamerstand uitzetten' }).click();
  await page.getByText(/Te vaak een onjuiste pincode/).waitFor();
  assert.ok((await storage(page))['rugplan.kiosk'], 'still in kiosk mode while locked');
  await p.context.close();

  const q = await newPage(env);
  await switchOn(q.page);
  await q.page.getByRole('button', { name: 'Voor medewerkers' }).click();
  await q.page.getByTestId('staff-pin').fill('2468');
  await q.page.getByRole('button', { name: 'Wachtkamerstand uitzetten' }).click();
  await q.page.getByRole('heading', { name: 'Vandaag' }).waitFor();
  assert.equal((await storage(q.page))['rugplan.kiosk'], undefined);
  assertClean(q);
  await q.context.close();
});
