// Exchange: FHIR export validated as R4, backup download and restore in a fresh browser
// profile, hostile files refused without touching stored data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, newPage, open, waitForApp, storage, assertClean } from './helpers.mjs';

const { Fhir } = createRequire(import.meta.url)('fhir');
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function fillSomeData(page) {
  await open(env, page, '/nprs');
  for (const score of ['8', '5']) {
    await page.getByRole('radio', { name: new RegExp(`^${score}`) }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
  }
  await open(env, page, '/qbpds');
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  for (let i = 0; i < 20; i++) {
    await page.getByRole('radio', { name: /^2/ }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByRole('button', { name: 'Klaar: vragenlijst afronden' }).click();
  await page.getByTestId('qbpds-result').waitFor();
}

async function download(page, buttonName) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'rugplan-dl-')), dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

test('FHIR export downloads with the date in its name and validates as R4', async () => {
  const p = await newPage(env);
  await fillSomeData(p.page);
  await open(env, p.page, '/export');
  const file = await download(p.page, 'Download voor de zorgverlener');
  assert.match(file.name, /^rugplan-fhir-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(file.text);
  const result = new Fhir().validate(bundle);
  const errors = result.messages.filter((m) => m.severity === 'error');
  assert.deepEqual(errors, [], 'valid FHIR R4');
  const obs = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Observation');
  assert.deepEqual(obs.filter((o) => o.code.coding[0].code === '72514-3').map((o) => o.valueInteger), [8, 5]);
  assert.deepEqual(obs.filter((o) => o.code.coding[0].code === 'qbpds-total').map((o) => o.valueInteger), [40]);
  assertClean(p);
  await p.context.close();
});

test('backup: download, restore in a fresh profile with preview, merge is idempotent', async () => {
  const a = await newPage(env);
  await fillSomeData(a.page);
  await open(env, a.page, '/export');
  const file = await download(a.page, 'Reservekopie downloaden');
  assert.match(file.name, /^rugplan-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const original = JSON.parse((await storage(a.page))['rugplan.record']);
  await a.context.close();

  const b = await newPage(env);
  await open(env, b.page, '/export');
  await b.page.getByTestId('restore-file').setInputFiles(file.path);
  await b.page.getByText('In dit bestand staan 2 pijnscores en 1 vragenlijsten.').waitFor();
  assert.equal((await storage(b.page))['rugplan.record'], undefined, 'nothing changes before the choice');
  await b.page.getByRole('button', { name: 'Toevoegen aan wat hier al staat' }).click();
  await b.page.getByText('Toegevoegd: 2 pijnscores en 1 vragenlijsten.').waitFor();
  // The same record as on the first device; only "when was the last backup made here" is per device.
  const restored = JSON.parse((await storage(b.page))['rugplan.record']);
  assert.equal(restored.last_backup_at, null);
  assert.deepEqual({ ...restored, last_backup_at: original.last_backup_at }, original);
  // The same file again adds nothing (merge de-duplicates by id).
  await b.page.getByTestId('restore-file').setInputFiles(file.path);
  await b.page.getByRole('button', { name: 'Toevoegen aan wat hier al staat' }).click();
  await b.page.getByText('Toegevoegd: 0 pijnscores en 0 vragenlijsten.').waitFor();
  await open(env, b.page, '/nprs');
  assert.equal(await b.page.getByTestId('nprs-history').locator('li').count(), 2);
  assertClean(b);
  await b.context.close();
});

test('replace asks for confirmation first', async () => {
  const p = await newPage(env);
  await fillSomeData(p.page);
  await open(env, p.page, '/export');
  const file = await download(p.page, 'Reservekopie downloaden');
  await open(env, p.page, '/nprs');
  await p.page.getByRole('radio', { name: '1', exact: true }).check();
  await p.page.getByRole('button', { name: 'Opslaan' }).click();
  await open(env, p.page, '/export');
  await p.page.getByTestId('restore-file').setInputFiles(file.path);
  await p.page.getByRole('button', { name: 'Alles hier vervangen door het bestand' }).click();
  await p.page.getByText('Weet u het zeker?').waitFor();
  assert.equal(JSON.parse((await storage(p.page))['rugplan.record']).nprs.length, 3, 'not yet replaced');
  await p.page.getByRole('button', { name: 'Alles hier vervangen door het bestand' }).click();
  await p.page.getByText('De gegevens uit het bestand staan nu op dit apparaat.').waitFor();
  assert.equal(JSON.parse((await storage(p.page))['rugplan.record']).nprs.length, 2);
  await p.context.close();
});

test('broken and hostile files are refused in plain words; stored data untouched', async () => {
  const p = await newPage(env);
  await fillSomeData(p.page);
  await open(env, p.page, '/export');
  const good = await download(p.page, 'Reservekopie downloaden');
  const before = (await storage(p.page))['rugplan.record'];
  const dir = mkdtempSync(join(tmpdir(), 'rugplan-bad-'));
  const bad = {
    'not-json.json': ['{ this is not json', 'geen reservekopie van Rugplan'],
    'other.json': [JSON.stringify({ hello: 'world' }), 'geen reservekopie van Rugplan'],
    'edited.json': [good.text.replace('"score": 8', '"score": 9'), 'beschadigd of veranderd'],
    'newer.json': [good.text.replace('"format_version": 1', '"format_version": 7'), 'nieuwere versie'],
    'markup.json': [good.text.replace('"format": "rugplan-backup"', '"format": "<img src=x onerror=alert(1)>"'), 'geen reservekopie'],
    'huge.json': ['{"a":"' + 'x'.repeat(6 * 1024 * 1024) + '"}', 'te groot'],
  };
  for (const [name, [text, message]] of Object.entries(bad)) {
    const path = join(dir, name);
    writeFileSync(path, text);
    await p.page.getByTestId('restore-file').setInputFiles(path);
    await p.page.getByRole('alert').filter({ hasText: message }).waitFor();
    assert.equal((await storage(p.page))['rugplan.record'], before, `${name}: stored data untouched`);
  }
  assert.equal(await p.page.locator('img[src=x]').count(), 0, 'file text is never rendered as markup');
  assertClean(p);
  await p.context.close();
});

test('QR hand-over: the code decodes to a link that opens the clinician view with the same numbers', async () => {
  const { PNG } = createRequire(import.meta.url)('pngjs');
  const jsQR = createRequire(import.meta.url)('jsqr');
  const a = await newPage(env);
  await fillSomeData(a.page);
  await open(env, a.page, '/export');
  await a.page.getByRole('button', { name: 'Code tonen' }).click();
  const shot = await a.page.getByTestId('handover-qr').screenshot();
  const png = PNG.sync.read(shot);
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(decoded, 'the QR code can be read');
  assert.match(decoded.data, /\/clinician#c=RP1\./);
  assert.equal(decoded.data.split('#c=')[1], await a.page.getByTestId('handover-code').innerText());
  await a.context.close();

  const b = await newPage(env);
  await b.page.goto(decoded.data);
  await b.page.getByTestId('clinician-summary').waitFor();
  assert.match(await b.page.getByTestId('clin-nprs-line').innerText(), /^Start: 8 .*Laatste: 5 /);
  assert.match(await b.page.getByTestId('clin-qbpds-line').innerText(), /^Start: 40 /);
  assert.equal(new URL(b.page.url()).hash, '', 'the data is taken out of the address bar');
  assert.equal((await storage(b.page))['rugplan.record'], undefined, 'nothing stored');
  // A mistyped code is refused in plain words.
  const code = decoded.data.split('#c=')[1];
  await b.page.getByTestId('clinician-code').fill(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'));
  await b.page.getByRole('button', { name: 'Code lezen' }).click();
  await b.page.getByRole('alert').filter({ hasText: 'Deze code klopt niet' }).waitFor();
  assertClean(b);
  await b.context.close();
});

test('print overview: scores, change, plan on one A4 page', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.setFixedTime(new Date('2026-04-20T12:00:00'));
  await open(env, page, '/');
  await page.evaluate((t) => localStorage.setItem('rugplan.record', t), readFileSync(new URL('../fixtures/record-v2.json', import.meta.url), 'utf8'));
  await open(env, page, '/export');
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'Afdrukken' }).click();
  await page.getByTestId('print-overview').waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.getByTestId('print-overview').isVisible());
  assert.equal(await page.getByRole('heading', { name: 'Reservekopie', exact: true }).isVisible(), false, 'the rest of the page is not printed');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'one A4 page');
  writeFileSync(join(mkdtempSync(join(tmpdir(), 'rugplan-print-')), 'overview.pdf'), pdf);
  await p.context.close();
});
