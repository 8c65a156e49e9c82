// Banana Cake Pop, served by the hub: a browser at /graphql lands in the IDE, which introspects /graphql.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hubUrl, openBrowser } from './browser.mjs';

let browser;
before(async () => { browser = await openBrowser(); });
after(async () => { await browser?.close(); });

test('a browser at /graphql is redirected to the IDE, which loads with no failed request', async () => {
  const { page, traffic } = browser;
  await page.goto(`${hubUrl}/graphql`);
  assert.equal(new URL(page.url()).pathname, '/graphql/');
  await page.getByRole('button', { name: 'Create Document' }).waitFor();
  assert.ok(traffic.requests.includes(`${hubUrl}/graphql/bcp-config.json`), 'the IDE reads its config from the hub');
  assert.deepEqual(traffic.failed, []);
  assert.deepEqual(traffic.errors, []);
});

test('opening a document introspects /graphql, and the document runs', async () => {
  const { page } = browser;
  // The IDE introspects only when a document is opened.
  const introspection = page.waitForResponse((response) =>
    response.url() === `${hubUrl}/graphql` && response.request().method() === 'POST' && (response.request().postData() ?? '').includes('__schema'));
  await page.getByRole('button', { name: 'Create Document' }).click();
  const response = await introspection;
  assert.equal(response.status(), 200);
  const body = await response.json();
  assert.equal(body.errors, undefined);
  assert.ok(body.data.__schema.types.some((type) => type.name === 'KampungKb'), 'the schema has KampungKb');

  // The new document holds bcp-config.json's starter query; running it counts Bali's Kampung KB.
  const run = page.waitForResponse((r) => r.url() === `${hubUrl}/graphql` && (r.request().postData() ?? '').includes('query Bali'));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const result = await (await run).json();
  assert.equal(result.data.kampungKbs.totalCount, 646);
});

test('no request from the IDE left 127.0.0.1', () => {
  const { traffic, leftLocalhost } = browser;
  assert.deepEqual(traffic.foreign, []);
  assert.deepEqual(leftLocalhost(), []);
  assert.deepEqual(traffic.failed, []);
});
