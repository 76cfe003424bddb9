// Change against the baseline (issue 14): the progress text, the number under it and the dotted
// chart line use one rule (domain/change.rs); the cases the review found; the start of the
// complaints asked on the pain page and used by the home screen's cues; the QBPDS text version
// fixed at the start. Screenshots at phone and tablet size in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, screenshot, storage, storeRecord, assertClean, PHONE, TABLET } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const NOW = new Date('2026-04-20T12:00:00');
const id = (kind, n) => `00000000-0000-4000-8000-${kind}${String(n).padStart(11, '0')}`;
const nprs = (n, date, score) => ({ id: id('1', n), recorded_at: `${date}T09:00:00+02:00`, score });
const qbpds = (n, date, answers) => ({ id: id('2', n), started_at: `${date}T09:05:00+02:00`,
  completed_at: `${date}T09:10:00+02:00`, answers, text_version: 'qbpds-nl-rugplan-working-1' });
const record = (fields) => JSON.stringify({ schema_version: 3, episode_start: null, nprs: [], qbpds: [],
  qbpds_draft: null, plan: { revisions: [], logs: [] }, last_backup_at: null, complaints_start: null, ...fields });

// QBPDS 40 (all items 2) and 28 (8 items 2, 12 items 1).
const Q40 = Array(20).fill(2);
const Q28 = [...Array(8).fill(2), ...Array(12).fill(1)];

/** The y of the dotted line and of the last point of a chart (smaller y = higher score). */
async function lineAndLast(page, idName) {
  const chart = page.getByTestId(`${idName}-chart`);
  const target = page.getByTestId(`${idName}-target`);
  const line = (await target.count()) ? Number(await target.getAttribute('y1')) : null;
  const last = Number(await chart.locator('circle').last().getAttribute('cy'));
  return { line, last, value: (await target.count()) ? await target.getAttribute('data-value') : null };
}

test('the review cases: text, threshold and chart line agree (NPRS 8 -> 6, QBPDS 40 -> 28)', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    for (const lang of ['nl', 'en']) {
      const p = await newPage(env, { viewport });
      const { page } = p;
      await page.clock.setFixedTime(NOW);
      await open(env, page, `/?lang=${lang}`);
      await storeRecord(page, record({
        nprs: [nprs(1, '2026-04-01', 8), nprs(2, '2026-04-15', 6)],
        qbpds: [qbpds(1, '2026-04-01', Q40), qbpds(2, '2026-04-15', Q28)],
      }));
      await open(env, page, '/progress');
      const n = await lineAndLast(page, 'nprs');
      const q = await lineAndLast(page, 'qbpds');
      if (lang === 'nl') {
        assert.equal(await page.getByTestId('nprs-summary').innerText(), 'U heeft iets minder pijn dan bij de start: van 8 naar 6.');
        assert.equal(await page.getByTestId('nprs-details').innerText(), 'Dat is 25 % minder pijn. Duidelijk minder pijn: een score van 5 of lager.');
        assert.equal(await page.getByTestId('qbpds-summary').innerText(), 'U kunt ongeveer evenveel als bij de start. Uw score ging van 40 naar 28.');
        assert.equal(await page.getByTestId('qbpds-details').innerText(),
          'Dat is 30 % lager. Duidelijk beter: een score van 25 of lager. Lager is beter. Verschillen kleiner dan 15 punten zeggen weinig.');
      } else {
        assert.equal(await page.getByTestId('nprs-summary').innerText(), 'You have a little less pain than at the start: from 8 to 6.');
        assert.equal(await page.getByTestId('nprs-details').innerText(), 'That is 25 % less pain. Clearly less pain: a score of 5 or lower.');
        assert.equal(await page.getByTestId('qbpds-summary').innerText(), 'You can do about as much as at the start. Your score went from 40 to 28.');
        assert.match(await page.getByTestId('qbpds-details').innerText(), /a score of 25 or lower/);
      }
      // Not "clearly better" in words, and not under the line in the chart.
      assert.equal(n.value, '5');
      assert.ok(n.last < n.line, `NPRS 6 stays above the line at 5 (${n.last} < ${n.line})`);
      assert.equal(q.value, '25');
      assert.ok(q.last < q.line, `QBPDS 28 stays above the line at 25 (${q.last} < ${q.line})`);
      await screenshot(page, `change-progress-${name}-${lang}`);
      // The pain page says the same as the progress page.
      await open(env, page, '/nprs');
      const sentence = await page.getByTestId('change-sentence').innerText();
      assert.ok((await page.getByTestId('change-details').innerText()).length > 0);
      assert.ok(sentence.startsWith(lang === 'nl' ? 'U heeft iets minder pijn' : 'You have a little less pain'), sentence);
      assert.doesNotMatch(await page.locator('main').innerText(), /drempel|meetfout|threshold|measurement error/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name}: ${overflow}px wider than the screen`);
      assertClean(p);
      await p.context.close();
    }
  }
});

test('crossing the line reads as clearly better; a baseline of 0 never reads "as high as at the start"', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.setFixedTime(NOW);
  await open(env, page, '/');
  await storeRecord(page, record({
    nprs: [nprs(1, '2026-04-01', 0), nprs(2, '2026-04-15', 8)],
    qbpds: [qbpds(1, '2026-04-01', Q40), qbpds(2, '2026-04-08', Q28), qbpds(3, '2026-04-15', [...Array(5).fill(2), ...Array(15).fill(1)])],
  }));
  await open(env, page, '/progress');
  assert.equal(await page.getByTestId('nprs-summary').innerText(), 'U heeft meer pijn dan bij de start: van 0 naar 8.');
  assert.equal(await page.getByTestId('nprs-target').count(), 0, 'no improvement line from 0');
  const q = await lineAndLast(page, 'qbpds');
  assert.match(await page.getByTestId('qbpds-summary').innerText(), /^U kunt duidelijk meer dan bij de start\. Uw score ging van 40 naar 25\./);
  assert.ok(q.last >= q.line, 'on the line counts as crossing it');
  // A relevant worsening offers the alarm check; NPRS 1 -> 2 does not.
  await open(env, page, '/nprs');
  assert.equal(await page.locator('.change a[href="/alarm"]').count(), 1);
  await storeRecord(page, record({ nprs: [nprs(1, '2026-04-01', 1), nprs(2, '2026-04-15', 2)] }));
  await open(env, page, '/nprs');
  assert.equal(await page.getByTestId('change-sentence').innerText(), 'U heeft iets meer pijn dan bij de start: van 1 naar 2.');
  assert.equal(await page.locator('.change a[href="/alarm"]').count(), 0, 'no alarm offer for one point more');
  assertClean(p);
  await p.context.close();
});

test('start of the complaints: asked once on the pain page, checked, "I don\'t know", changeable; cues count from it', async () => {
  for (const [name, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    const p = await newPage(env, { viewport });
    const { page } = p;
    await page.clock.setFixedTime(NOW);
    await open(env, page, '/');
    await storeRecord(page, record({ nprs: [nprs(1, '2026-04-01', 7)] }));
    await open(env, page, '/nprs');
    const card = page.getByTestId('complaints-start');
    await card.getByRole('heading', { name: 'Sinds wanneer heeft u deze rugklachten?' }).waitFor();
    await screenshot(page, `complaints-start-${name}-nl`);
    const date = card.getByLabel('Dag waarop de klachten begonnen');
    await card.getByRole('button', { name: 'Deze datum gebruiken' }).click();
    await card.getByText('Kies eerst een datum. Of kies: Ik weet het niet.').waitFor();
    await date.fill('2026-05-01');
    await card.getByRole('button', { name: 'Deze datum gebruiken' }).click();
    await card.getByText('Deze datum ligt in de toekomst. Kies vandaag of een dag eerder.').waitFor();
    await date.fill('1926-01-10');
    await card.getByRole('button', { name: 'Deze datum gebruiken' }).click();
    await card.getByText('Deze datum ligt heel ver terug. Kijk het jaartal nog eens na.').waitFor();
    assert.equal(JSON.parse((await storage(page))['rugplan.record']).complaints_start, null, 'nothing stored yet');
    await date.fill('2026-01-10');
    await card.getByRole('button', { name: 'Deze datum gebruiken' }).click();
    assert.equal(await page.getByTestId('complaints-start-answer').innerText(), 'Uw rugklachten begonnen op 10 januari 2026.');
    await page.waitForFunction(() => document.activeElement?.id === 'cs-answer', null, { timeout: 2000 });
    assert.equal(JSON.parse((await storage(page))['rugplan.record']).complaints_start.date, '2026-01-10');
    await screenshot(page, `complaints-start-answered-${name}-nl`);

    // Twelve weeks since 10 January (the first measurement was only on 1 April); no QBPDS, so
    // nothing about the questionnaire.
    await open(env, page, '/');
    const cues = page.getByTestId('home-cues');
    assert.match(await cues.innerText(), /U heeft nu twaalf weken of langer rugklachten\. Gaat het nog niet goed genoeg\?/);
    assert.doesNotMatch(await cues.innerText(), /vragenlijst/);
    await screenshot(page, `home-cues-${name}-nl`);
    await open(env, page, '/?lang=en');
    assert.match(await page.getByTestId('home-cues').innerText(), /twelve weeks or more/);
    await screenshot(page, `home-cues-${name}-en`);

    // "I don't know": counted from the first measurement (19 days): no cue yet.
    await open(env, page, '/nprs');
    await page.getByTestId('complaints-start').getByRole('button', { name: 'Change' }).click();
    await screenshot(page, `complaints-start-${name}-en`);
    await page.getByTestId('complaints-start').getByRole('button', { name: "I don't know" }).click();
    assert.equal(await page.getByTestId('complaints-start-answer').innerText(), 'You do not know exactly when your back complaints began.');
    const stored = JSON.parse((await storage(page))['rugplan.record']).complaints_start;
    assert.equal(stored.date, null);
    await open(env, page, '/');
    assert.equal(await page.getByTestId('home-cues').count(), 0);
    assertClean(p);
    await p.context.close();
  }
});

test('a record of schema 2 loads and is asked nothing it cannot answer', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.setFixedTime(NOW);
  await open(env, page, '/');
  const v2 = JSON.parse(record({ nprs: [nprs(1, '2026-04-01', 7)] }));
  v2.schema_version = 2;
  delete v2.complaints_start;
  await storeRecord(page, JSON.stringify(v2));
  await open(env, page, '/nprs');
  await page.getByTestId('complaints-start').getByRole('button', { name: 'Ik weet het niet' }).waitFor();
  assertClean(p);
  await p.context.close();
});

test('the QBPDS keeps the text it was started with when the language changes', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.clock.setFixedTime(NOW);
  await open(env, page, '/qbpds');
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  await page.getByRole('radio').first().check();
  assert.equal(JSON.parse((await storage(page))['rugplan.record']).qbpds_draft.text_version, 'qbpds-nl-rugplan-working-2');
  await open(env, page, '/qbpds?lang=en');
  await page.getByTestId('qbpds-text-kept').waitFor();
  const question = await page.locator('legend .question').innerText();
  assert.match(question, /^1\. /);
  assert.doesNotMatch(question, /Get out of bed/, 'still the Dutch item');
  await page.getByRole('button', { name: 'Go to the overview' }).click();
  await page.getByRole('button', { name: 'Done: finish the questionnaire' }).click();
  await page.getByRole('button', { name: 'Finish anyway' }).click();
  await page.getByTestId('qbpds-result').waitFor();
  const rec = JSON.parse((await storage(page))['rugplan.record']);
  assert.equal(rec.qbpds[0].text_version, 'qbpds-nl-rugplan-working-2', 'the version shown, not the language at the end');
  assertClean(p);
  await p.context.close();
});
