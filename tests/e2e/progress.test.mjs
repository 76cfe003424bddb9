// Progress: a record of 90 days renders as charts whose points and tables match the data, with
// a text summary; screenshots at phone and tablet size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, open, screenshot, assertClean, PHONE, TABLET } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const DAY = 86400000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const id = (kind, n) => `00000000-0000-4000-8000-${kind}${String(n).padStart(11, '0')}`;

/** 90 days: daily NPRS from 8 down to 4, weekly QBPDS from 60 down, a walking plan with logs. */
function ninetyDays(end) {
  const start = end - 89 * DAY;
  const nprs = [];
  const qbpds = [];
  for (let i = 0; i < 90; i++) {
    const date = iso(start + i * DAY);
    nprs.push({ id: id('1', i), recorded_at: `${date}T09:00:00+01:00`, score: 8 - Math.floor((i * 4) / 89) });
    if (i % 7 === 0) {
      const level = Math.max(0, 3 - Math.floor(i / 30));
      qbpds.push({ id: id('2', i), started_at: `${date}T09:05:00+01:00`, completed_at: `${date}T09:10:00+01:00`,
        answers: Array(20).fill(level), text_version: 'qbpds-nl-rugplan-working-1' });
    }
  }
  const activity = { id: id('3', 1), name: 'Wandelen', unit: 'minutes', baseline: { kind: 'entered', value: 20 },
    start_percent: 80, goal: 60, start_date: iso(start), goal_date: iso(start + 84 * DAY), step_interval_days: 7 };
  const logs = [];
  for (let i = 60; i < 90; i += 2) {
    logs.push({ id: id('4', i), activity_id: activity.id, date: iso(start + i * DAY), done: 40 + (i % 5), logged_at: `${iso(start + i * DAY)}T19:00:00+01:00`, pain_note: null });
  }
  return { schema_version: 2, episode_start: null, nprs, qbpds, qbpds_draft: null,
    plan: { revisions: [{ id: id('5', 1), created_at: `${iso(start)}T10:00:00+01:00`, valid_from: iso(start), activities: [activity], milestones: { back_to_work: null, control_visit: null }, note: null }], logs },
    last_backup_at: null };
}

test('90 days of data: charts, summaries and tables match the record', async () => {
  const end = Date.parse('2026-04-20T12:00:00Z');
  const record = ninetyDays(end);
  for (const [name, viewport] of [['phone', PHONE], ['tablet', TABLET]]) {
    const p = await newPage(env, { viewport });
    const { page } = p;
    await page.clock.setFixedTime(new Date(end));
    await open(env, page, '/');
    await page.evaluate((r) => localStorage.setItem('rugplan.record', r), JSON.stringify(record));
    await open(env, page, '/progress');
    const points = await page.getByTestId('nprs-chart').locator('polyline').getAttribute('points');
    assert.equal(points.split(' ').length, 90, 'one point per NPRS entry');
    assert.equal(await page.getByTestId('nprs-summary').innerText(), 'U heeft duidelijk minder pijn dan bij de start: van 8 naar 4.');
    assert.equal(await page.getByTestId('nprs-details').innerText(), 'Dat is 50 % minder pijn. Duidelijk minder pijn: een score van 5 of lager.');
    assert.equal(await page.getByTestId('nprs-target').getAttribute('data-value'), '5');
    assert.equal(await page.getByTestId('qbpds-chart').locator('circle').count(), record.qbpds.length);
    // Weekly QBPDS: all items 3 (60), then 2 (40) from day 30, 1 (20) from day 60.
    assert.equal(await page.getByTestId('qbpds-summary').innerText(), 'U kunt duidelijk meer dan bij de start. Uw score ging van 60 naar 20.');
    assert.equal(await page.getByTestId('qbpds-details').innerText(), 'Dat is 67 % lager. Duidelijk beter: een score van 42 of lager. Lager is beter.');
    assert.equal(await page.getByTestId('qbpds-target').getAttribute('data-value'), '42');
    // The tables carry the same data.
    const rows = await page.getByTestId('nprs-table').locator('tbody tr').allTextContents();
    assert.equal(rows.length, 90);
    assert.equal(rows[0], '20 april 20264');
    assert.equal(rows[89], '21 januari 20268');
    const planRows = await page.getByTestId('plan-table').locator('tbody tr').count();
    assert.equal(planRows, 28);
    await screenshot(page, `progress-${name}-nl`);
    if (name === 'tablet') {
      // Printed, it is a clean one-page overview.
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4' });
      assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'one A4 page');
      assert.equal(await page.locator('nav').isVisible(), false, 'no menu on paper');
      await page.emulateMedia({ media: 'screen' });
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: ${overflow}px wider than the screen`);
    assertClean(p);
    await p.context.close();
  }
});

test('no data: a plain message, no empty chart', async () => {
  const p = await newPage(env);
  await open(env, p.page, '/progress?lang=en');
  assert.equal(await p.page.getByText('No measurements yet.').count(), 2);
  assert.equal(await p.page.locator('svg.chart').count(), 0);
  await p.context.close();
});

test('home at a glance: latest change, questionnaires due again, without nagging', async () => {
  const end = Date.parse('2026-04-20T12:00:00Z');
  const p = await newPage(env);
  const { page } = p;
  await page.clock.setFixedTime(new Date(end));
  await open(env, page, '/');
  await page.evaluate((r) => localStorage.setItem('rugplan.record', r), JSON.stringify(ninetyDays(end)));
  await open(env, page, '/');
  assert.match(await page.locator('#home-nprs').locator('..').innerText(), /U heeft duidelijk minder pijn dan bij de start: van 8 naar 4\./);
  assert.equal(await page.getByTestId('home-nprs-due').count(), 0, 'filled in today: not due');
  await page.clock.setFixedTime(new Date(end + 30 * DAY));
  await open(env, page, '/');
  assert.equal(await page.getByTestId('home-nprs-due').innerText(), 'Het is 30 dagen geleden. Vul het gerust weer in.');
  assert.match(await page.getByTestId('home-qbpds-due').innerText(), /Het is 35 dagen geleden/);
  await page.getByRole('link', { name: 'Bekijk uw voortgang' }).click();
  await page.getByTestId('nprs-chart').waitFor();
  await p.context.close();
});
