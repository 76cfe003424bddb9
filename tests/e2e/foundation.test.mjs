// Foundation: every route renders from the release build, languages, storage problems, NPRS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, waitForApp, storage, screenshot, assertClean, PHONE, TABLET } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const ROUTES = [
  ['/', 'Vandaag'],
  ['/nprs', 'Pijn'],
  ['/qbpds', 'Vragenlijst over uw rug'],
  ['/plan', 'Plan'],
  ['/progress', 'Voortgang'],
  ['/export', 'Delen'],
  ['/clinician', 'Voor de zorgverlener'],
  ['/info', 'Informatie'],
  ['/alarm', 'Alarmsignalen'],
  ['/kiosk', 'Wachtkamer-tablet'],
];

test('every route opens directly by URL from the release build', async () => {
  const p = await newPage(env);
  for (const [path, heading] of ROUTES) {
    await open(env, p.page, path);
    assert.equal(await p.page.locator('main h1').innerText(), heading, path);
    assert.match(await p.page.title(), /Rugplan/);
  }
  await open(env, p.page, '/does-not-exist/deeper');
  assert.equal(await p.page.locator('main h1').innerText(), 'Deze pagina bestaat niet');
  await p.page.getByRole('link', { name: 'Naar de startpagina' }).last().click();
  assert.equal(await p.page.locator('main h1').innerText(), 'Vandaag');
  assertClean(p);
  await p.context.close();
});

test('language: switch, remembered, ?lang= and <html lang>', async () => {
  const p = await newPage(env);
  await open(env, p.page, '/nprs');
  assert.equal(await p.page.getAttribute('html', 'lang'), 'nl');
  await p.page.getByRole('button', { name: 'English' }).click();
  assert.equal(await p.page.locator('main h1').innerText(), 'Pain');
  assert.equal(await p.page.getAttribute('html', 'lang'), 'en');
  await p.page.getByText('On average, how much pain did you have in the last 24 hours?').waitFor();
  await p.page.reload();
  await waitForApp(p.page);
  assert.equal(await p.page.locator('main h1').innerText(), 'Pain', 'choice remembered');
  await open(env, p.page, '/qbpds?lang=nl');
  assert.equal(await p.page.locator('main h1').innerText(), 'Vragenlijst over uw rug');
  assert.equal(await p.page.getAttribute('html', 'lang'), 'nl');
  await open(env, p.page, '/?lang=en');
  assert.equal(await p.page.locator('main h1').innerText(), 'Today');
  assertClean(p);
  await p.context.close();
});

test('NPRS: fill in, reload, history, home, change against baseline, delete with confirmation', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/nprs');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('Kies eerst een getal.').waitFor();

  await page.getByRole('radio', { name: /^7/ }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByTestId('nprs-saved').getByText('Bewaard: 7 van 10.').waitFor();
  await page.getByText('Na de volgende keer ziet u hier').waitFor();

  await page.reload();
  await waitForApp(page);
  const history = page.getByTestId('nprs-history');
  assert.match(await history.innerText(), /7 van 10/);

  await page.getByRole('radio', { name: /^4/ }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.getByText('U heeft duidelijk minder pijn dan bij de start: van 7 naar 4.').waitFor();
  // The patient sees the percentage and the score that counts, not the clinician's rule.
  await page.getByText('Dat is 43 % minder pijn. Duidelijk minder pijn: een score van 4 of lager.').waitFor();
  assert.equal(await history.locator('li').count(), 2);

  await open(env, page, '/');
  assert.match(await page.getByTestId('home-nprs-status').innerText(), /Laatst ingevuld op .*: 4 van 10\./);

  await open(env, page, '/nprs');
  await history.locator('li').first().getByRole('button', { name: /Verwijderen/ }).click();
  await page.getByText('Wilt u deze meting verwijderen?').waitFor();
  await page.getByRole('button', { name: 'Nee, bewaren' }).click();
  assert.equal(await history.locator('li').count(), 2, 'no means keep');
  await history.locator('li').first().getByRole('button', { name: /Verwijderen/ }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  assert.equal(await history.locator('li').count(), 1);
  await page.reload();
  await waitForApp(page);
  assert.equal(await history.locator('li').count(), 1, 'deletion is saved');
  const saved = JSON.parse((await storage(page))['rugplan.record']);
  assert.equal(saved.schema_version, 3);
  assert.deepEqual(saved.nprs.map((e) => e.score), [7]);
  assertClean(p);
  await p.context.close();
});

test('NPRS of 9 or 10 offers (does not force) the alarm self-check', async () => {
  const p = await newPage(env);
  await open(env, p.page, '/nprs');
  await p.page.getByRole('radio', { name: /^10/ }).check();
  await p.page.getByRole('button', { name: 'Opslaan' }).click();
  await p.page.getByRole('link', { name: /Bekijk de alarmsignalen/ }).first().waitFor();
  assert.equal(await p.page.locator('main h1').innerText(), 'Pijn', 'the patient stays where they are');
  await p.context.close();
});

test('corrupt stored data: the app starts, keeps a copy, says so, offers it for download', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/');
  const garbage = '{"schema_version":1,"nprs":[{"broken';
  await page.evaluate((g) => localStorage.setItem('rugplan.record', g), garbage);
  await page.reload();
  await waitForApp(page);
  await page.getByText('Uw eerder bewaarde gegevens zijn niet te lezen').waitFor();
  const kept = Object.entries(await storage(page)).filter(([k]) => k.startsWith('rugplan.unreadable.'));
  assert.equal(kept.length, 1);
  assert.equal(kept[0][1], garbage, 'the raw text is kept unchanged');
  await page.reload();
  await waitForApp(page);
  const again = Object.keys(await storage(page)).filter((k) => k.startsWith('rugplan.unreadable.'));
  assert.equal(again.length, 1, 'a reload does not make a second copy');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Kopie downloaden' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^rugplan-unreadable-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = await (await download.createReadStream()).toArray();
  assert.equal(Buffer.concat(text).toString('utf8'), garbage);

  // The app works, and the copy survives a save and a reload until the patient deletes it.
  await open(env, page, '/nprs');
  await page.getByRole('radio', { name: /^3/ }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.reload();
  await waitForApp(page);
  await page.getByText('Uw eerder bewaarde gegevens zijn niet te lezen').waitFor();
  await page.getByRole('button', { name: 'Kopie verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByText('Uw eerder bewaarde gegevens zijn niet te lezen').waitFor({ state: 'detached' });
  assert.equal(Object.keys(await storage(page)).filter((k) => k.startsWith('rugplan.unreadable.')).length, 0);
  assertClean(p);
  await p.context.close();
});

test('a record from a newer app version stays where it is, never overwritten', async () => {
  const p = await newPage(env);
  await open(env, p.page, '/');
  const future = JSON.stringify({ schema_version: 999, nprs: [] });
  await p.page.evaluate((g) => localStorage.setItem('rugplan.record', g), future);
  await p.page.reload();
  await waitForApp(p.page);
  // An older page never downgrades data: it writes nothing and asks to be reloaded.
  await p.page.getByText('nieuwere versie van Rugplan').waitFor();
  assert.equal((await storage(p.page))['rugplan.record'], future);
  await p.context.close();
});

test('storage unavailable: clear warning, the app works in memory', async () => {
  const p = await newPage(env, {
    initScript: () => {
      Storage.prototype.setItem = function () { throw new DOMException('denied', 'SecurityError'); };
    },
  });
  await open(env, p.page, '/nprs');
  await p.page.getByText('Dit apparaat laat Rugplan niets bewaren.', { exact: false }).waitFor();
  await p.page.getByRole('radio', { name: /^5/ }).check();
  await p.page.getByRole('button', { name: 'Opslaan' }).click();
  assert.match(await p.page.getByTestId('nprs-history').innerText(), /5 van 10/);
  await p.context.close();
});

test('storage full: warning after a failed save, nothing entered is lost on screen', async () => {
  const p = await newPage(env, {
    initScript: () => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k === 'rugplan.record') throw new DOMException('full', 'QuotaExceededError');
        return real.call(this, k, v);
      };
    },
  });
  await open(env, p.page, '/nprs');
  await p.page.getByRole('radio', { name: /^2/ }).check();
  await p.page.getByRole('button', { name: 'Opslaan' }).click();
  await p.page.getByText('Het geheugen van de browser is vol.', { exact: false }).waitFor();
  assert.match(await p.page.getByTestId('nprs-history').innerText(), /2 van 10/);
  await p.context.close();
});

test('screenshots of home and NPRS at phone and tablet size, both languages', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    for (const lang of ['nl', 'en']) {
      const p = await newPage(env, { viewport });
      await open(env, p.page, `/?lang=${lang}`);
      await screenshot(p.page, `home-${name}-${lang}`);
      await open(env, p.page, '/nprs');
      await p.page.getByRole('radio', { name: /^6/ }).check();
      await screenshot(p.page, `nprs-${name}-${lang}`);
      // Nothing may stick out sideways on a phone.
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}/${lang}: page is ${overflow}px wider than the screen`);
      await p.context.close();
    }
  }
});
