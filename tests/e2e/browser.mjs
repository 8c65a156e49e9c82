// Headless Debian Chromium through playwright-core, recording every request so tests can assert nothing leaves 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const hubUrl = (process.env.HUB_URL ?? 'http://127.0.0.1:5000').replace(/\/$/, '');

// Without the background-networking flags Chromium itself calls Google's hosts at start.
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const local = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
};

/** A fresh browser profile (no service worker or cache left from an earlier run) that records its traffic. */
export async function openBrowser(viewport = { width: 1280, height: 900 }) {
  const profile = mkdtempSync(join(tmpdir(), 'kampungkb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args, viewport,
  });
  const traffic = { requests: [], failed: [], errors: [], foreign: [] };
  context.on('request', (request) => traffic.requests.push(request.url()));
  context.on('requestfailed', (request) => traffic.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  context.on('response', (response) => { if (response.status() >= 400) traffic.errors.push(`${response.status()} ${response.url()}`); });
  // Anything bound elsewhere is recorded and refused, so the test also proves the page works offline.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url)) return route.fallback();
    traffic.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? await context.newPage();
  const close = async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); };
  return { context, page, traffic, close, leftLocalhost: () => traffic.requests.filter((url) => !local(url)) };
}
