// Engine benchmark in the browser: Marginalia's engine (WASM, through the
// built page's `window.wasmBindings`: `summarize` for the analysis alone,
// `analyze` for the analysis and its results as JavaScript objects; and the
// path the app takes, through its worker, `worker.js`: the text posted, the
// analysis, its packed results transferred back) side by side with
// compromise and wink-nlp, on the same texts, in the same headless Chromium
// run.
//
//   node tests/bench/engine.mjs URL      (URL serves the release dist/)
//
// Prints characters per second for each, the ratios, and the median time
// for one 5,000-character article.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { sourceTexts } from './texts.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const url = process.argv[2] ?? 'http://127.0.0.1:8123/sub/';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const bundle = (await build({
  entryPoints: [join(here, 'peers.js')], bundle: true, write: false, format: 'iife', platform: 'browser',
  logLevel: 'error',
})).outputFiles[0].text;

const texts = sourceTexts();
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'marginalia-bench-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS,
});
try {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.wasmBindings?.analyze);
  // Through the debugging protocol: the page's CSP refuses inline scripts.
  await page.evaluate(bundle);
  const results = await page.evaluate(async (texts) => {
    // The app's worker, started as the app starts it (src/analyst.rs).
    const worker = new Worker('worker.js', { type: 'module' });
    const answer = () => new Promise((resolve) => { worker.onmessage = ({ data }) => resolve(data); });
    const href = (selector) => document.querySelector(selector).href;
    let ready = answer();
    worker.postMessage({ glue: href('link[rel=modulepreload]'), wasm: href('link[rel=preload][as=fetch]') });
    if (!(await ready).ready) throw new Error('the worker did not start');
    let id = 0;
    const roundTrip = async (t) => {
      const back = answer();
      worker.postMessage({ id: ++id, text: t, corrections: '{}' });
      return (await back).numbers[0];
    };
    const engines = {
      // The analysis alone (counts come back), and the same analysis with
      // everything it found turned into JavaScript objects (the exchange
      // format: text, entities, claims, furniture, code-point offsets).
      'marginalia (analysis)': (t) => window.wasmBindings.summarize(t)[0],
      'marginalia (analyze → JS objects)': (t) => window.wasmBindings.analyze(t).entities.length,
      'marginalia (worker round trip)': roundTrip,
      'wink-nlp': window.peers.wink,
      compromise: window.peers.compromise,
    };
    const chars = texts.reduce((n, t) => n + t.length, 0);
    // Warm up for two seconds each: the JavaScript peers get compiled by the
    // optimising tier as they run, and so does WASM (Chromium starts it on
    // its baseline compiler and tiers hot functions up in the background).
    for (const run of Object.values(engines)) {
      for (const start = performance.now(); performance.now() - start < 2000;) {
        for (const t of texts) await run(t);
        await new Promise((r) => setTimeout(r, 0));
      }
    }
    // Then 15 rounds, the engines taking turns within each round (so that a
    // slow moment of the machine falls on all of them); a round runs every
    // text 5 times, long enough for the browser's coarse clock.
    const rounds = Object.fromEntries(Object.keys(engines).map((name) => [name, []]));
    const perArticle = Object.fromEntries(Object.keys(engines).map((name) => [name, []]));
    for (let r = 0; r < 15; r++) {
      for (const [name, run] of Object.entries(engines)) {
        const t0 = performance.now();
        for (let k = 0; k < 5; k++) {
          for (const t of texts) {
            const a = performance.now();
            await run(t);
            perArticle[name].push((performance.now() - a) / t.length * 5000);
          }
        }
        rounds[name].push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 0));
      }
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const out = {};
    for (const name of Object.keys(engines)) {
      out[name] = { charsPerSecond: 5 * chars / (median(rounds[name]) / 1000), msPer5000: median(perArticle[name]) };
    }
    return { chars, out };
  }, texts);
  console.log(`${texts.length} texts, ${results.chars} characters, median of 15 rounds of 5 passes`);
  console.log('| engine | characters / s | ms per 5,000-character article | Marginalia analysis is … × faster | analyze → JS objects is … × faster | worker round trip is … × faster |');
  console.log('|---|---|---|---|---|---|');
  const analysis = results.out['marginalia (analysis)'].charsPerSecond;
  const objects = results.out['marginalia (analyze → JS objects)'].charsPerSecond;
  const viaWorker = results.out['marginalia (worker round trip)'].charsPerSecond;
  for (const [name, r] of Object.entries(results.out)) {
    const ratio = (ours) => (ours / r.charsPerSecond).toFixed(2);
    console.log(`| ${name} | ${(r.charsPerSecond / 1e6).toFixed(2)} M | ${r.msPer5000.toFixed(2)} | ${ratio(analysis)} | ${ratio(objects)} | ${ratio(viaWorker)} |`);
  }
} finally {
  await context.close();
}
