// The clinician view: read in a backup or FHIR file; same numbers the patient saw; nothing is
// stored unless the clinician chooses to; hostile files refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, newPage, open, storage, screenshot, assertClean } from './helpers.mjs';

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'examples');
let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

for (const file of ['backup.json', 'fhir-bundle.json']) {
  test(`reads ${file}: scores, change, items, domains; nothing stored by default`, async () => {
    const p = await newPage(env);
    const { page } = p;
    await page.clock.setFixedTime(new Date('2026-04-20T12:00:00'));
    await open(env, page, '/clinician');
    await page.getByTestId('clinician-file').setInputFiles(join(EXAMPLES, file));
    const summary = page.getByTestId('clinician-summary');
    await summary.waitFor();
    assert.equal(await page.getByTestId('clin-nprs-line').innerText(), 'Start: 7 (2 maart 2026). Laatste: 6 (30 maart 2026).');
    assert.equal(await page.getByTestId('clin-qbpds-line').innerText(), 'Start: 58 (2 maart 2026). Laatste: 37 (30 maart 2026).');
    assert.match(await summary.innerText(), /Verschil -21 punten \(-36 %\)\. Regel: klinisch relevante verbetering bij ≤ 40 \(≥ 30 % van de baseline, minimaal 15 punten \(meetfout\); KNGF, Ostelo 2008\)/);
    assert.equal(await page.getByTestId('clin-complaints-start').innerText(), 'Begin van de klachten (volgens patiënt): 23 februari 2026, 8 weken geleden.');
    assert.match(await summary.innerText(), /niet-gevalideerde vertaling/);
    assert.equal(await page.getByTestId('clin-domains').locator('tbody tr').count(), 6);
    if (file === 'backup.json') assert.match(await summary.innerText(), /Wandelen:/);
    await screenshot(page, `clinician-${file.replace('.json', '')}`);
    assert.equal((await storage(page))['rugplan.record'], undefined, 'nothing stored on the clinician device');
    await page.getByRole('button', { name: 'Bewaren op dit apparaat' }).click();
    await page.getByText('De gegevens zijn toegevoegd aan dit apparaat.').waitFor();
    assert.equal(JSON.parse((await storage(page))['rugplan.record']).nprs.length, 2);
    assertClean(p);
    await p.context.close();
  });
}
