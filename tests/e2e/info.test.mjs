// Information pages, the alarm self-check, and the entry from an example information page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, waitForApp, screenshot, assertClean, PHONE } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const SLUGS = ['what-is-it', 'what-helps', 'build-up', 'pain-medication', 'work', 'when-to-call'];

test('every information page opens in both languages and names its source', async () => {
  const p = await newPage(env);
  for (const lang of ['nl', 'en']) {
    await open(env, p.page, `/info?lang=${lang}`);
    assert.equal(await p.page.getByTestId('info-list').locator('li').count(), SLUGS.length);
    for (const slug of SLUGS) {
      await open(env, p.page, `/info/${slug}`);
      assert.match(await p.page.locator('.sources').innerText(), /NHG/);
      assert.equal(await p.page.getAttribute('html', 'lang'), lang);
    }
  }
  await open(env, p.page, '/info/no-such-page');
  assert.equal(await p.page.locator('main h1').innerText(), 'This page does not exist');
  assertClean(p);
  await p.context.close();
});

test('alarm self-check: tiers give the right action; nothing is stored', async () => {
  const p = await newPage(env, { viewport: PHONE });
  const { page } = p;
  await open(env, page, '/');
  await page.getByRole('link', { name: 'Alarmsignalen' }).first().click();
  await waitForApp(page);
  assert.equal(await page.locator('main h1').innerText(), 'Alarmsignalen');
  const advice = page.getByTestId('alarm-advice');
  // No verdict before an answer (CONTENT §5); 14 signs and the explicit "none of these".
  assert.equal(await advice.getAttribute('data-advice'), 'not-answered');
  const boxes = page.locator('input[type=checkbox]');
  assert.equal(await boxes.count(), 15);
  await page.locator('input[name=weight_loss]').check();
  assert.equal(await advice.getAttribute('data-advice'), 'soon');
  await page.locator('input[name=bladder_bowel]').check();
  assert.equal(await advice.getAttribute('data-advice'), 'call-now');
  assert.match(await advice.innerText(), /112/);
  await screenshot(page, 'alarm-phone-nl');
  await page.locator('input[name=bladder_bowel]').uncheck();
  assert.equal(await advice.getAttribute('data-advice'), 'soon');
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  assert.doesNotMatch(stored, /weight_loss/, 'the self-check is not stored');
  assertClean(p);
  await p.context.close();
});

test('from the example information page, every link lands on the right screen', async () => {
  const p = await newPage(env);
  const { page } = p;
  await page.goto(env.url + '/example/lage-rugpijn.html');
  assert.equal(await page.locator('h1').innerText(), 'Lage rugpijn');
  assert.equal(await page.locator('script').count(), 0, 'the example page needs no JavaScript');
  const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 8);
  for (const href of links) {
    await page.goto(env.url + '/example/lage-rugpijn.html');
    await page.locator(`main a[href="${href}"]`).click();
    await waitForApp(page);
    const heading = await page.locator('main h1').innerText();
    assert.notEqual(heading, 'Deze pagina bestaat niet', href);
    assert.notEqual(heading, 'This page does not exist', href);
    const lang = new URL(href, env.url).searchParams.get('lang');
    assert.equal(await page.getAttribute('html', 'lang'), lang, href);
  }
  await page.goto(env.url + '/example/lage-rugpijn.html');
  await screenshot(page, 'example-info-page');
  assertClean(p);
  await p.context.close();
});
