// Waiting-room tablet holes (issue 15): the mode never fails open when its flag cannot be saved;
// the PIN field is not a password field and the PIN is not remembered; a patient's language and
// the device owner's storage notice do not cross sessions; the hand-over never navigates to a
// URL that carries the code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { setup, newPage, open, waitForApp, storage, assertClean, PHONE, TABLET } from './helpers.mjs';

const SHOTS = process.env.KIOSK_SHOTS ?? '/tmp/kiosk-shots';
mkdirSync(SHOTS, { recursive: true });

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const NL = {
  pin: 'Pincode voor medewerkers (4 tot 8 cijfers)',
  again: 'Pincode nog een keer',
  start: 'Wachtkamerstand aanzetten',
  welcome: 'Welkom',
  begin: /^(Beginnen|Verder)$/,
  no: 'Nee, verder',
  done: 'Klaar: alles wissen voor de volgende patiënt',
  refused: /De wachtkamerstand kan niet aan\./,
};
const EN = {
  pin: 'Staff PIN (4 to 8 digits)',
  again: 'PIN once more',
  start: 'Switch on waiting-room mode',
  welcome: 'Welcome',
  begin: /^(Start|Continue)$/,
  no: 'No, continue',
  done: 'Done: erase everything for the next patient',
  refused: /Waiting-room mode cannot be switched on\./,
};

async function fillSetup(page, s, pin = '2468') {
  await page.getByLabel(s.pin).fill(pin);
  await page.getByLabel(s.again).fill(pin);
  await page.getByRole('button', { name: s.start }).click();
}

async function switchOn(page) {
  await open(env, page, '/kiosk');
  await fillSetup(page, NL);
  await page.getByRole('heading', { name: NL.welcome }).waitFor();
}

/** From the welcome screen through every step (unanswered) to the hand-over. */
async function toHandover(page, s) {
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: s.begin }).first().click();
  await page.getByRole('button', { name: s.no }).click();
  await page.getByTestId('kiosk-code').waitFor();
}

// Storage that refuses the kiosk key: by throwing (full or blocked), or by silently keeping
// nothing (as some private modes do).
const THROWS = () => {
  const set = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === 'rugplan.kiosk') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return set.call(this, key, value);
  };
};
const DROPS = () => {
  const set = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key !== 'rugplan.kiosk') return set.call(this, key, value);
  };
};

test('kiosk refuses to start when its setting cannot be saved (no fail-open after a reload)', async () => {
  for (const [name, initScript] of [['throws', THROWS], ['drops', DROPS]]) {
    for (const [lang, s] of [['nl', NL], ['en', EN]]) {
      const p = await newPage(env, { initScript });
      const { page } = p;
      await open(env, page, '/kiosk');
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      await fillSetup(page, s);
      const alert = page.getByTestId('kiosk-refused');
      await alert.waitFor();
      assert.match(await alert.innerText(), s.refused, `${name}/${lang}: a plain message`);
      assert.equal(await alert.getAttribute('role'), 'alert');
      assert.equal(await page.getByRole('heading', { name: s.welcome }).count(), 0, `${name}/${lang}: no patient session`);
      assert.equal(await page.locator('nav').isVisible(), true, 'the normal app stays visibly the normal app');
      assert.equal(await page.getByTestId('kiosk').count(), 0);
      assert.equal((await storage(page))['rugplan.kiosk'], undefined);
      // A reload shows the same setup page, never a patient session in front of export and restore.
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.getByTestId('kiosk').count(), 0);
      await page.getByRole('button', { name: s.start }).waitFor();
      if (name === 'throws') {
        await page.getByLabel(s.pin).fill('2468');
        await page.getByLabel(s.again).fill('2468');
        await page.getByRole('button', { name: s.start }).click();
        await alert.waitFor();
        await page.screenshot({ path: `${SHOTS}/kiosk-refused-tablet-${lang}.png`, fullPage: true });
        await page.setViewportSize(PHONE);
        await page.screenshot({ path: `${SHOTS}/kiosk-refused-phone-${lang}.png`, fullPage: true });
      }
      assertClean(p);
      await p.context.close();
    }
  }
});

test('the PIN fields are not password fields, and the PIN is not remembered', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/kiosk');
  const fields = [page.getByLabel(NL.pin), page.getByLabel(NL.again)];
  for (const f of fields) {
    const attrs = await f.evaluate((el) => ({
      type: el.type,
      inputmode: el.getAttribute('inputmode'),
      autocomplete: el.getAttribute('autocomplete'),
      masked: getComputedStyle(el).getPropertyValue('-webkit-text-security'),
    }));
    assert.equal(attrs.type, 'text', 'not type=password: password managers offer to save those');
    assert.equal(attrs.inputmode, 'numeric');
    assert.equal(attrs.autocomplete, 'one-time-code');
    assert.equal(attrs.masked, 'disc', 'masked on screen for people in the waiting room');
  }
  assert.equal(await page.locator('input[type=password]').count(), 0);
  // Typed but not submitted: gone after a reload.
  await fields[0].fill('1357');
  await page.reload();
  await waitForApp(page);
  assert.equal(await page.getByLabel(NL.pin).inputValue(), '');

  await fillSetup(page, NL);
  await page.getByRole('heading', { name: NL.welcome }).waitFor();
  await page.getByRole('button', { name: 'Voor medewerkers' }).click();
  const staff = page.getByTestId('staff-pin');
  assert.equal(await staff.evaluate((el) => el.type), 'text');
  assert.equal(await staff.getAttribute('autocomplete'), 'one-time-code');
  assert.equal(await staff.getAttribute('inputmode'), 'numeric');
  assert.equal(await staff.evaluate((el) => getComputedStyle(el).getPropertyValue('-webkit-text-security')), 'disc');
  assert.equal(await page.locator('input[type=password]').count(), 0);
  // A wrong try is saved (the try counter), never the PIN itself.
  await staff.fill('1111');
  await page.getByRole('button', { name: 'Wachtkamerstand uitzetten' }).click();
  await page.getByText(/Onjuiste pincode/).waitFor();
  assert.equal(await staff.inputValue(), '', 'cleared after a try');
  await staff.fill('2468');
  const kept = await page.evaluate(() => JSON.stringify({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    cookies: document.cookie,
  }));
  for (const pin of ['2468', '1111']) assert.ok(!kept.includes(pin), `PIN ${pin} not stored in clear`);
  await page.reload();
  await waitForApp(page);
  await page.getByRole('button', { name: 'Voor medewerkers' }).click();
  assert.equal(await page.getByTestId('staff-pin').inputValue(), '', 'not in the field after a reload');
  for (const [size, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    await page.setViewportSize(viewport);
    await page.getByTestId('staff-pin').fill('2468');
    await page.screenshot({ path: `${SHOTS}/kiosk-staff-pin-${size}-nl.png`, fullPage: true });
  }
  assertClean(p);
  await p.context.close();
});

test("a patient's language and the owner's storage notice do not cross kiosk sessions", async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.install();
  // The device owner has an unreadable copy: the normal app shows a notice for it.
  await open(env, page, '/');
  await page.evaluate(() => localStorage.setItem('rugplan.unreadable.2026-01-05T10:00:00Z', '{"broken'));
  await page.reload();
  await waitForApp(page);
  const notice = page.getByText('Uw eerder bewaarde gegevens zijn niet te lezen');
  await notice.waitFor();
  await open(env, page, '/kiosk');
  await page.getByLabel('Na hoeveel minuten zonder aanraken begint de tablet opnieuw?').selectOption('1');
  await fillSetup(page, NL);
  await page.getByRole('heading', { name: NL.welcome }).waitFor();
  assert.equal(await notice.count(), 0, "no notice about the owner's data in a patient session");
  assert.equal(await page.getByText(/cannot be read/).count(), 0);

  // Patient A chooses English; "done" brings the kiosk's own language back.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: EN.welcome }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await toHandover(page, EN);
  assert.equal(await page.getByText(/cannot be read/).count(), 0);
  await page.getByRole('button', { name: EN.done }).click();
  await page.getByRole('heading', { name: NL.welcome }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
  assert.equal(await notice.count(), 0);

  // Patient B chooses English and walks away: the idle reset brings it back too.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('01:05');
  await page.getByRole('heading', { name: NL.welcome }).waitFor();

  // Patient C chooses English; a reload in the middle does not make it the kiosk's language.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: EN.welcome }).waitFor();
  assert.notEqual((await storage(page))['rugplan.lang'], '"en"', "a patient's choice is not stored");
  await page.reload();
  await waitForApp(page);
  await page.getByRole('heading', { name: NL.welcome }).waitFor();
  assert.equal(await notice.count(), 0, 'no owner notice after a reload in kiosk mode either');

  // Staff leave the mode: the owner's notice is back (their data was never touched).
  await page.getByRole('button', { name: 'Voor medewerkers' }).click();
  await page.getByTestId('staff-pin').fill('2468');
  await page.getByRole('button', { name: 'Wachtkamerstand uitzetten' }).click();
  await notice.waitFor();
  assert.equal((await storage(page))['rugplan.unreadable.2026-01-05T10:00:00Z'], '{"broken');
  assertClean(p);
  await p.context.close();
});

test('the hand-over shows the code on screen and never opens a URL that carries it', async () => {
  for (const [size, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    for (const [lang, s] of [['nl', NL], ['en', EN]]) {
      const p = await newPage(env, { viewport });
      const { page } = p;
      const urls = [];
      page.on('framenavigated', (f) => { if (f === page.mainFrame()) urls.push(f.url()); });
      await switchOn(page);
      if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
      const length = await page.evaluate(() => history.length);
      await page.getByRole('heading', { name: s.welcome }).waitFor();
      await page.screenshot({ path: `${SHOTS}/kiosk-welcome-${size}-${lang}.png`, fullPage: true });
      await toHandover(page, s);
      const code = await page.getByTestId('kiosk-code').innerText();
      assert.match(code, /^RP1\./);
      assert.match(await page.getByTestId('kiosk-code-label').innerText(), lang === 'nl' ? /overtypen/ : /typed/);
      await page.screenshot({ path: `${SHOTS}/kiosk-handover-${size}-${lang}.png`, fullPage: true });
      assert.equal(await page.locator(`a[href*="${code}"]`).count(), 0, 'the code is no link on the tablet');
      assert.equal(await page.evaluate(() => history.length), length, 'no history entry');
      assert.ok(urls.every((u) => !u.includes('RP1') && !u.includes('#c=')), 'never navigated to the code URL');
      assert.ok(!page.url().includes('RP1'));
      await page.getByRole('button', { name: s.done }).click();
      await page.getByRole('heading', { name: NL.welcome }).waitFor();
      assert.equal(await page.evaluate(() => history.length), length);
      assertClean(p);
      await p.context.close();
    }
  }
});
