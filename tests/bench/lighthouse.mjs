// Lighthouse (mobile, simulated throttling) against the built app, as a user would first see it:
// the first-run screen in a fresh browser, and the avatar grid of a set-up class. Median of 3
// runs per page; prints the category scores, the metrics and the elements that shifted.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouseRun from 'lighthouse';
import { chromium } from 'playwright-core';
import { buildProject, median, printJson, root, serve } from './lib.mjs';
import { seedClass } from './seed.mjs';

const RUNS = 3;
// Without the background-networking flags Chromium calls Google hosts, which this closed
// network refuses (and which would show up in the best-practices audits).
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  siMs: 'speed-index',
};

/**
 * One Lighthouse run in a Chromium of its own (a fresh profile). `prepare` gets a playwright
 * page in that profile first, to seed IndexedDB; Lighthouse's storage reset clears the service
 * worker, Cache Storage and the HTTP cache but keeps IndexedDB, so the load is still cold.
 */
async function runOnce(url, prepare) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pp-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: FLAGS,
    userDataDir,
  });
  try {
    if (prepare) {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      const page = await browser.contexts()[0].newPage();
      await prepare(page, url);
      await page.close();
      // Over CDP, close() only disconnects: the Chromium stays for Lighthouse.
      await browser.close();
    }
    const { lhr } = await lighthouseRun(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    return lhr;
  } finally {
    await chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

function figuresOf(lhr) {
  const figures = {};
  for (const [id, category] of Object.entries(lhr.categories))
    figures[id] = Math.round(category.score * 100);
  for (const [name, audit] of Object.entries(METRICS)) {
    const value = lhr.audits[audit].numericValue;
    figures[name] = name === 'cls' ? Math.round(value * 1000) / 1000 : Math.round(value);
  }
  const shifts = lhr.audits['layout-shifts']?.details?.items ?? [];
  figures.layoutShifts = shifts.map((item) => ({
    element: item.node?.selector ?? item.node?.snippet ?? '(unknown)',
    snippet: item.node?.snippet,
    score: Math.round(item.score * 1000) / 1000,
  }));
  const blocking = lhr.audits['render-blocking-resources']?.details?.items ?? [];
  figures.renderBlocking = blocking.map((item) => item.url);
  return figures;
}

/** Per figure the median of the runs; the run nearest the median performance names the shifts. */
function medianOf(runs) {
  const summary = { runs: RUNS };
  for (const key of ['performance', 'accessibility', 'best-practices', ...Object.keys(METRICS)])
    summary[key] = median(runs.map((run) => run[key]));
  const middle = [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(RUNS / 2)];
  summary.layoutShifts = middle.layoutShifts;
  summary.renderBlocking = middle.renderBlocking;
  summary.perRun = runs.map(({ performance, cls, lcpMs }) => ({ performance, cls, lcpMs }));
  return summary;
}

async function page(url, prepare) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(figuresOf(await runOnce(url, prepare)));
  return medianOf(runs);
}

export async function lighthouse({ pupils = 24 } = {}) {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  try {
    const figures = {
      lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default
        .version,
      formFactor: 'mobile, simulated throttling',
      firstRun: await page(`${app.url}/`),
      avatarGrid: {
        pupils,
        ...(await page(`${app.url}/`, (p, url) => seedClass(p, url, { pupils, photos: false }))),
      },
    };
    const out = join(root, 'tests/bench/out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'lighthouse.json'), JSON.stringify(figures, null, 2));
    return printJson('lighthouse', figures);
  } finally {
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await lighthouse();
