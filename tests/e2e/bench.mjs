// Browser timings for BENCHMARKS.md (reported, not asserted). Run through scripts/bench.sh.
// Cold load to first interaction with 4x CPU slowdown, repeat load from the service-worker cache,
// QBPDS answer-to-next-question time, and cold load with records of growing size.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, newPage, waitForApp, firstVisit, PAGE_FILE } from './helpers.mjs';

const RUNS = 5;
const here = dirname(fileURLToPath(import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function throttled(env, options) {
  const p = await newPage(env, options);
  const cdp = await p.context.newCDPSession(p.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return p;
}

/** Navigation start to the first moment the NPRS radio can be clicked. */
async function loadTime(page, url) {
  await page.goto(url);
  await waitForApp(page);
  await page.getByRole('radio').first().click({ trial: true });
  return page.evaluate(() => performance.now());
}

const env = await setup();
const results = {};
try {
  for (const path of ['/', '/alarm', '/info/what-helps', '/nprs', '/qbpds', '/plan', '/progress', '/export', '/clinician', '/kiosk']) {
    const { gz, files } = await firstVisit(env, path);
    results[`first visit starting at ${path}: bytes gzip (page files), without sw.js`] = `${gz} (${files.filter((f) => PAGE_FILE.test(f)).length})`;
  }
  const home = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await throttled(env);
    await p.page.goto(env.url + '/');
    await waitForApp(p.page);
    await p.page.getByRole('navigation').getByRole('link').first().click({ trial: true });
    home.push(await p.page.evaluate(() => performance.now()));
    await p.context.close();
  }
  results['cold load of the start page to first interaction, 4x CPU slowdown (ms, median of 5)'] = median(home).toFixed(0);

  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const p = await throttled(env);
    cold.push(await loadTime(p.page, env.url + '/nprs'));
    await p.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    });
    warm.push(await loadTime(p.page, env.url + '/nprs'));
    await p.context.close();
  }
  results['cold load of /nprs (main module plus its page file) to first interaction, 4x CPU slowdown (ms, median of 5)'] = median(cold).toFixed(0);
  results['repeat load from the service-worker cache, 4x CPU slowdown (ms, median of 5)'] = median(warm).toFixed(0);

  const p = await throttled(env);
  await p.page.goto(env.url + '/qbpds');
  await waitForApp(p.page);
  await p.page.getByRole('button', { name: 'Begin met de vragenlijst' }).click();
  const steps = [];
  for (let i = 1; i < 20; i++) {
    await p.page.getByRole('radio', { name: /^2/ }).check();
    steps.push(await p.page.evaluate((n) => new Promise((done) => {
      const t0 = performance.now();
      const target = `Vraag ${n + 1} van 20`;
      const check = () => {
        if (document.querySelector('#qbpds-progress')?.textContent === target) requestAnimationFrame(() => done(performance.now() - t0));
        else requestAnimationFrame(check);
      };
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Volgende').click();
      check();
    }), i));
  }
  results['QBPDS: press "next" to the next item painted, 4x CPU slowdown (ms, median of 19)'] = median(steps).toFixed(1);
  await p.context.close();

  for (const days of [30, 182, 365, 730]) {
    const file = join(here, '..', '..', 'target', `bench-record-${days}.json`);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const times = [];
    for (let i = 0; i < 3; i++) {
      const q = await throttled(env);
      await q.page.goto(env.url + '/nprs');
      await waitForApp(q.page);
      await q.page.evaluate((t) => localStorage.setItem('rugplan.record', t), text);
      times.push(await loadTime(q.page, env.url + '/nprs'));
      await q.context.close();
    }
    results[`load with ${days} days of data (${Math.round(text.length / 1000)} KB stored), 4x CPU (ms, median of 3)`] = median(times).toFixed(0);
  }
} finally {
  await env.close();
}
for (const [k, v] of Object.entries(results)) console.log(`| ${k} | ${v} |`);
