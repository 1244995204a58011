// The main command's page, as a newcomer meets it: runs scripts/serve.sh
// (trunk serve, with its live-reload script) on a free port, opens the
// page at two addresses of this machine, and checks that the app starts
// with a console holding nothing (no policy violation, no warning) and
// that the live-reload socket connects.
//
//   node tests/e2e/serve.mjs
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
});
const server = spawn(join(root, 'scripts', 'serve.sh'), ['--port', String(port)], { cwd: root, detached: true, stdio: 'ignore' });
const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };

async function served(url) {
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`scripts/serve.sh did not serve ${url} within 5 minutes`);
}

let failed = false;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  await served(`http://127.0.0.1:${port}/`);
  for (const host of ['127.0.0.1', 'localhost']) {
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`page error: ${e}`));
    const socket = page.waitForEvent('websocket', { timeout: 20000 });
    await page.goto(`http://${host}:${port}/`);
    await page.waitForSelector('[data-testid=drop-zone]', { timeout: 20000 });
    assert.match((await socket).url(), /\/\.well-known\/trunk\/ws$/);
    await page.waitForTimeout(500);
    try {
      assert.deepEqual(messages, [], `the console of http://${host}:${port}/`);
      console.log(`ok   scripts/serve.sh at ${host}: the app starts, live reload connects, the console is empty`);
    } catch (e) {
      failed = true;
      console.log(`FAIL scripts/serve.sh at ${host}\n     ${String(e.message).split('\n').join('\n     ')}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  stop();
}
process.exitCode = failed ? 1 : 0;
