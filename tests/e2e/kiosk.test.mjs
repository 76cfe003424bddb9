// Waiting-room kiosk: patient A fills in and hands over; patient B finds no trace of A (screen,
// storage, back button, history); idle reset with a controlled clock; PIN tries limited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, waitForApp, storage, screenshot, assertClean, PHONE, TABLET } from './helpers.mjs';
import { mkdirSync } from 'node:fs';

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

const ALARM_SHOTS = process.env.ALARM_SHOTS ?? '/tmp/alarm-shots';
mkdirSync(ALARM_SHOTS, { recursive: true });

test('kiosk: the alarm link after an NPRS of 9 opens the check; desk first; the hand-over shows tier and signs', async () => {
  const p = await newPage(env, { viewport: TABLET });
  const { page } = p;
  await switchOn(page);
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('radio', { name: /^9/ }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByRole('link', { name: /Bekijk de alarmsignalen/ }).click();
  await page.getByRole('heading', { name: 'Alarmsignalen', level: 1 }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/kiosk', 'nothing of the visit stays in the URL');
  await page.locator('input[name=bladder_bowel]').check();
  const advice = page.getByTestId('alarm-advice');
  assert.equal(await advice.getAttribute('data-advice'), 'call-now');
  // On the tablet the patient is in the practice: the desk comes first.
  const first = await advice.locator('p').first().innerText();
  assert.equal(first, 'Zeg het nu direct tegen de assistent aan de balie.');
  await page.getByRole('button', { name: 'Verder' }).click();
  // Back to the pain score, the answer kept in the session.
  await page.getByRole('heading', { name: 'Pijn', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).waitFor();
  await page.getByRole('button', { name: 'Verder' }).click();
  // The check was done: not offered again; the hand-over shows it to the staff.
  const summary = page.getByTestId('kiosk-alarm');
  await summary.waitFor();
  assert.equal(await summary.getAttribute('data-advice'), 'call-now');
  const text = await summary.innerText();
  assert.match(text, /Spoed/);
  assert.match(text, /assistent aan de balie/);
  assert.match(text, /plas of ontlasting/, 'the ticked sign is named');
  assert.equal(await page.getByTestId('kiosk-code').count(), 1);
  await page.screenshot({ path: `${ALARM_SHOTS}/kiosk-handover-tablet-nl-call-now.png`, fullPage: true });
  await page.getByRole('button', { name: 'Klaar: alles wissen voor de volgende patiënt' }).click();

  // The next patient starts without it.
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
  assert.ok(!(await page.content()).includes('plas of ontlasting'), 'no trace of the ticked sign');
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('button', { name: 'Nee, verder' }).click();
  assert.equal(await page.getByTestId('kiosk-alarm').getAttribute('data-advice'), 'not-answered');
  assertClean(p);
  await p.context.close();
});

test('kiosk: the header alarm link works and comes back; screenshots of the kiosk alarm and hand-over', async () => {
  for (const [size, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    for (const lang of ['nl', 'en']) {
      const p = await newPage(env, { viewport });
      const { page } = p;
      await switchOn(page);
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      const welcome = lang === 'nl' ? 'Welkom' : 'Welcome';
      await page.getByRole('heading', { name: welcome }).waitFor();
      await page.locator('header a.alarm-link').click();
      await page.getByTestId('alarm-advice').waitFor();
      assert.equal(await page.getByTestId('alarm-advice').getAttribute('data-advice'), 'not-answered');
      await page.locator('input[name=cancer_history]').check();
      assert.equal(await page.getByTestId('alarm-advice').getAttribute('data-advice'), 'soon');
      assert.match(await page.getByTestId('alarm-desk').innerText(), lang === 'nl' ? /assistent aan de balie/ : /assistant at the desk/);
      await page.screenshot({ path: `${ALARM_SHOTS}/kiosk-alarm-${size}-${lang}-soon.png`, fullPage: true });
      await page.locator('input[name=saddle_numbness]').check();
      await page.screenshot({ path: `${ALARM_SHOTS}/kiosk-alarm-${size}-${lang}-call-now.png`, fullPage: true });
      await page.locator('input[name=saddle_numbness]').uncheck();
      await page.getByRole('button', { name: lang === 'nl' ? 'Verder' : 'Continue' }).click();
      await page.getByRole('heading', { name: welcome }).waitFor();
      // Through the questionnaires to the hand-over (unanswered: the app lets the patient go on).
      for (let i = 0; i < 3; i++) {
        await page.getByRole('button', { name: lang === 'nl' ? /^(Beginnen|Verder)$/ : /^(Start|Continue)$/ }).first().click();
      }
      const summary = page.getByTestId('kiosk-alarm');
      await summary.waitFor();
      assert.equal(await summary.getAttribute('data-advice'), 'soon');
      assert.match(await summary.innerText(), lang === 'nl' ? /kanker/ : /cancer/);
      await page.screenshot({ path: `${ALARM_SHOTS}/kiosk-handover-${size}-${lang}-soon.png`, fullPage: true });
      assertClean(p);
      await p.context.close();
    }
  }
});
