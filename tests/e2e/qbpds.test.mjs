// QBPDS: keyboard-only completion, resume after reload, review and change, skipped items, languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, waitForApp, storage, screenshot, tabTo, assertClean, PHONE, TABLET } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const progress = (page) => page.locator('#qbpds-progress').innerText();

/** Answers the current item with the keyboard only: Tab into the group, arrows to the value. */
async function answerWithKeyboard(page, value) {
  await page.keyboard.press('Tab');
  const type = await page.evaluate(() => document.activeElement?.getAttribute('type'));
  assert.equal(type, 'radio', 'Tab from the question lands on its answers');
  if (value === 0) await page.keyboard.press('Space');
  for (let i = 0; i < value; i++) await page.keyboard.press('ArrowDown');
}

test('complete all 20 items with the keyboard only; total is the sum', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/qbpds');
  await tabTo(page, 'Begin met de vragenlijst');
  await page.keyboard.press('Enter');
  const values = [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5, 1, 1];
  for (let i = 0; i < 20; i++) {
    assert.equal(await progress(page), `Vraag ${i + 1} van 20`);
    // Focus moves to the new question (after the next paint), not back to the top of the page.
    await page.waitForFunction(() => document.activeElement?.id === 'qbpds-progress', null, { timeout: 3000 });
    await answerWithKeyboard(page, values[i]);
    await tabTo(page, 'Volgende');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('heading', { name: 'Overzicht van uw antwoorden' }).waitFor();
  const sum = values.reduce((a, b) => a + b, 0);
  assert.equal(await page.getByTestId('qbpds-review-total').innerText(), `Uw score: ${sum} van 100.`);
  await tabTo(page, 'Klaar: vragenlijst afronden');
  await page.keyboard.press('Enter');
  await page.getByTestId('qbpds-result').getByText(`Uw score: ${sum} van 100.`).waitFor();
  const rec = JSON.parse((await storage(page))['rugplan.record']);
  assert.deepEqual(rec.qbpds[0].answers, values);
  assert.equal(rec.qbpds[0].text_version, 'qbpds-nl-rugplan-working-2');
  assert.equal(rec.qbpds_draft, null);
  assertClean(p);
  await p.context.close();
});

test('reload at item 11 resumes at item 11 with every answer kept; review change updates the total', async () => {
  const p = await newPage(env, { viewport: PHONE });
  const { page } = p;
  await open(env, page, '/qbpds');
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  for (let i = 0; i < 10; i++) {
    await page.getByRole('radio', { name: /^2/ }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  assert.equal(await progress(page), 'Vraag 11 van 20');
  await screenshot(page, 'qbpds-item-phone-nl');
  await page.reload();
  await waitForApp(page);
  assert.equal(await progress(page), 'Vraag 11 van 20', 'resumes at the same place');
  await page.getByRole('button', { name: 'Vorige' }).click();
  assert.equal(await page.getByRole('radio', { name: /^2/ }).isChecked(), true, 'earlier answer kept');
  await page.getByRole('button', { name: 'Volgende' }).click();

  // The home screen says a questionnaire is in progress.
  await open(env, page, '/');
  assert.match(await page.getByTestId('home-qbpds-status').innerText(), /10 van de 20 vragen/);
  await page.getByRole('link', { name: 'Verder met de vragenlijst' }).click();
  assert.equal(await progress(page), 'Vraag 11 van 20');

  for (let i = 10; i < 20; i++) {
    await page.getByRole('radio', { name: /^3/ }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  const total = page.getByTestId('qbpds-review-total');
  assert.equal(await total.innerText(), 'Uw score: 50 van 100.');
  await screenshot(page, 'qbpds-review-phone-nl');
  await page.getByRole('button', { name: 'Wijzig vraag 3' }).click();
  assert.equal(await progress(page), 'Vraag 3 van 20');
  await page.getByRole('radio', { name: /^5/ }).check();
  await page.getByRole('button', { name: 'Naar het overzicht' }).click();
  assert.equal(await total.innerText(), 'Uw score: 53 van 100.');
  await page.getByRole('button', { name: 'Klaar: vragenlijst afronden' }).click();
  await page.getByTestId('qbpds-result').waitFor();
  await screenshot(page, 'qbpds-result-phone-nl');
  await page.reload();
  await waitForApp(page);
  assert.match(await page.getByTestId('qbpds-history').innerText(), /53 van 100/);
  await p.context.close();
});

test('skipped items are offered once, then the patient may finish with an estimate', async () => {
  const p = await newPage(env);
  const { page } = p;
  await open(env, page, '/qbpds');
  await page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  for (let i = 0; i < 20; i++) {
    if (i !== 4 && i !== 8) await page.getByRole('radio', { name: /^1/ }).check();
    await page.getByRole('button', { name: 'Volgende' }).click();
  }
  await page.getByRole('button', { name: 'Klaar: vragenlijst afronden' }).click();
  await page.getByText('U heeft de vragen 5 en 9 nog niet ingevuld. Wilt u dat nog doen?').waitFor();
  await page.getByRole('button', { name: 'Vraag 5 invullen' }).click();
  assert.equal(await progress(page), 'Vraag 5 van 20');
  await page.getByRole('radio', { name: /^1/ }).check();
  await page.getByRole('button', { name: 'Naar het overzicht' }).click();
  // Offered once: now finishing is not held up again.
  await page.getByRole('button', { name: 'Klaar: vragenlijst afronden' }).click();
  await page.getByTestId('qbpds-result').getByText(/Geschatte score: ongeveer 20 van 100\. Dit is een schatting, want 1 vraag/).waitFor();
  const rec = JSON.parse((await storage(page))['rugplan.record']);
  assert.equal(rec.qbpds[0].answers[8], null, 'a skipped item stays empty: no made-up answer');
  await p.context.close();
});

test('English questionnaire uses the Kopec 1995 wording; change against baseline after two', async () => {
  const p = await newPage(env, { viewport: TABLET });
  const { page } = p;
  await open(env, page, '/qbpds?lang=en');
  for (const [value, expected] of [[3, 60], [1, 20]]) {
    await page.getByRole('button', { name: 'Start the questionnaire' }).click();
    if (expected === 60) {
      await page.getByText('Today, do you find it difficult to perform the following activities because of your back?').first().waitFor();
      await page.getByText('1. Get out of bed').waitFor();
      await page.getByRole('radio', { name: /Unable to do/ }).waitFor();
      await screenshot(page, 'qbpds-item-tablet-en');
    }
    for (let i = 0; i < 20; i++) {
      await page.getByRole('radio', { name: new RegExp(`^${value}`) }).check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('button', { name: 'Done: finish the questionnaire' }).click();
    await page.getByTestId('qbpds-result').getByText(`Your score: ${expected} out of 100.`).waitFor();
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await page.getByRole('link', { name: 'Questionnaire', exact: true }).click();
  }
  assert.match(await page.getByTestId('qbpds-history').innerText(), /-40 points compared with the start/);
  await screenshot(page, 'qbpds-history-tablet-en');
  // Delete the wrong entry, with confirmation.
  await page.getByTestId('qbpds-history').locator('li').first().getByRole('button', { name: /Delete/ }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  assert.equal(await page.getByTestId('qbpds-history').locator('li').count(), 1);
  assertClean(p);
  await p.context.close();
});
