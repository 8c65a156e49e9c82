// The reference dashboard at /dashboard, rendered from the demo data over GraphQL only.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { hubUrl, openBrowser } from './browser.mjs';

const screenshot = fileURLToPath(new URL('../../docs/dashboard.png', import.meta.url));

let browser;
before(async () => { browser = await openBrowser({ width: 1280, height: 900 }); });
after(async () => { await browser?.close(); });

const ready = (page) => page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
const text = (page, id) => page.locator(`#${id}`).innerText();

// Labels, dataset sizes and drawn elements of a Chart.js chart, read from the page's own Chart instance.
const chart = (page, id) => page.evaluate((canvasId) => {
  const c = window.Chart.getChart(document.getElementById(canvasId));
  return {
    labels: c.data.labels,
    datasets: c.data.datasets.map((d) => ({ label: d.label, data: d.data })),
    drawn: c.data.datasets.reduce((n, _, i) => n + c.getDatasetMeta(i).data.length, 0),
  };
}, id);
const total = (c, labelStart) => c.datasets.find((d) => d.label.startsWith(labelStart)).data.reduce((a, b) => a + b, 0);

test('Bali: 716 villages, 646 Kampung KB, 461 with a Rumah DataKu', async () => {
  const { page } = browser;
  await page.goto(`${hubUrl}/dashboard`);
  await ready(page);
  assert.equal(await page.locator('#province').inputValue(), '51');
  assert.equal(await text(page, 'villages'), '716');
  assert.equal(await text(page, 'kampung-kb'), '646');
  assert.equal(await text(page, 'rumah-dataku'), '461');
  assert.match(await text(page, 'coverage'), /^90,2\s?%$/);
  assert.match(await text(page, 'rumah-dataku-share'), /^71,36\s?%/);
  mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
});

test('Bali: classification bars for 9 kab/kota, 21 programme bars, 12 points of trend', async () => {
  const { page } = browser;
  const classes = await chart(page, 'chart-classification');
  assert.equal(classes.labels.length, 9);
  assert.equal(classes.datasets.length, 4);
  assert.equal(classes.drawn, 36);
  assert.equal(classes.datasets.flatMap((d) => d.data).reduce((a, b) => a + b, 0), 646);
  const programs = await chart(page, 'chart-programs');
  // One bar per programme with an active Kampung KB in Bali: all 21 of the demo catalogue.
  assert.equal(programs.drawn, 21);
  assert.equal(programs.datasets[0].data[0], 646, 'every Kampung KB of Bali takes part in stunting reduction');
  const trend = await chart(page, 'chart-trend');
  assert.equal(trend.labels.length, 12);
  assert.equal(trend.drawn, 12);
});

test('choosing Jembrana updates figures, bars and table (51 Kampung KB: 7 Mandiri, 27 Berkelanjutan)', async () => {
  const { page } = browser;
  await page.locator('#regency').selectOption('51.01');
  await ready(page);
  assert.equal(await text(page, 'kampung-kb'), '51');
  assert.equal(await text(page, 'villages'), '51');
  const classes = await chart(page, 'chart-classification');
  assert.equal(classes.labels.length, 5, 'one bar per kecamatan of Jembrana');
  assert.equal(classes.drawn, 20);
  assert.equal(total(classes, 'Mandiri'), 7);
  assert.equal(total(classes, 'Berkelanjutan'), 27);
  assert.equal((await chart(page, 'chart-trend')).drawn, 12);
  assert.match(await text(page, 'page-info'), /^1–10 .* 51$/);
  assert.match(page.url(), /\?wilayah=51\.01$/);
});

test('the table filters, sorts and pages on the hub', async () => {
  const { page } = browser;
  await page.locator('#class-filter').selectOption('MANDIRI');
  await ready(page);
  assert.match(await text(page, 'page-info'), /^1–7 .* 7$/);
  assert.equal(await page.locator('#kampung-kb-table tbody tr').count(), 7);
  await page.locator('#class-filter').selectOption('');
  await ready(page);
  await page.getByRole('button', { name: /^Nama/ }).click();
  await ready(page);
  await page.getByRole('button', { name: /^Nama/ }).click();
  await ready(page);
  const names = await page.locator('#kampung-kb-table tbody tr td:first-child').allInnerTexts();
  assert.deepEqual(names, [...names].sort().reverse(), 'sorted by name, descending');
  await page.locator('#next').click();
  await ready(page);
  assert.match(await text(page, 'page-info'), /^11–20 .* 51$/);
});

test('on a phone-sized screen nothing but the table scrolls sideways', async () => {
  const { page } = browser;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await ready(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal overflow');
});

test('no request from the dashboard left 127.0.0.1, and none failed', () => {
  const { traffic, leftLocalhost } = browser;
  assert.deepEqual(traffic.foreign, []);
  assert.deepEqual(leftLocalhost(), []);
  assert.deepEqual(traffic.failed, []);
  assert.deepEqual(traffic.errors, []);
  assert.ok(traffic.requests.every((url) => !url.startsWith(`${hubUrl}/`) || /\/(dashboard|graphql)\b/.test(url)), 'the page speaks only to /graphql');
});
