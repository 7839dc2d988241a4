/**
 * The browser-test harness: the built app served from dist/ on loopback, Debian's Chromium driven
 * by playwright-core (with a fake camera and microphone), and checks every test uses: requests
 * to other origins, axe-core, touch-target sizes, reading IndexedDB as the app wrote it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { preview, type Plugin } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

export interface Server {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ on 127.0.0.1 and a free port; each test file has its own, so it can stop it.
 * `plugins` may add preview middleware (a test that serves a new service worker, say).
 */
export async function startServer({ plugins = [] }: { plugins?: Plugin[] } = {}): Promise<Server> {
  const server = await preview({
    root,
    plugins,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  let closed = false;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      if (closed) return;
      closed = true;
      // The browser keeps connections alive; end them, or close() waits for them forever.
      const http = server.httpServer as { closeAllConnections?: () => void };
      http.closeAllConnections?.();
      await server.close();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** Every URL the page and its service worker asked for. */
  requests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
}

/** A fresh tablet: a new context (empty storage), 1280×800, touch, Dutch. */
export async function openApp(
  browser: Browser,
  url: string,
  { installClock = false }: { installClock?: boolean } = {},
): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    hasTouch: true,
    locale: 'nl-NL',
    serviceWorkers: 'allow',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // The page's own clock, moved by the test (idle time) instead of waited for.
  if (installClock) await page.clock.install();
  await page.goto(url);
  return { context, page, requests, errors };
}

export function expectSameOriginOnly(requests: readonly string[], origin: string): void {
  const foreign = requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
  if (foreign.length > 0) throw new Error(`requests to other origins:\n${foreign.join('\n')}`);
}

/**
 * The dark pixels ("ink": text, lines, points) of a drawn canvas or image: how many in all, and
 * how many within `margin` pixels of its edge. A label cut off by the edge of the chart leaves
 * ink on that edge; a chart drawn whole has none there.
 */
export function inkOf(locator: Locator, margin = 2): Promise<{ ink: number; atEdge: number }> {
  return locator.evaluate((element, margin) => {
    const source = element as HTMLCanvasElement | HTMLImageElement;
    const width = source instanceof HTMLImageElement ? source.naturalWidth : source.width;
    const height = source instanceof HTMLImageElement ? source.naturalHeight : source.height;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    context.drawImage(source, 0, 0);
    const { data } = context.getImageData(0, 0, width, height);
    let ink = 0;
    let atEdge = 0;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const at = (y * width + x) * 4;
        const dark = data[at + 3]! > 128 && data[at]! + data[at + 1]! + data[at + 2]! < 330;
        if (!dark) continue;
        ink += 1;
        if (x < margin || y < margin || x >= width - margin || y >= height - margin) atEdge += 1;
      }
    return { ink, atEdge };
  }, margin);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core in the page. Evaluated over CDP, which the app's CSP (rightly) does not allow inline. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Colours are judged at rest: a card fading in is not yet at its real contrast.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    const list = violations.map(
      (v) => `- ${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`,
    );
    throw new Error(
      `axe found ${violations.length} violation(s) on ${screen}:\n${list.join('\n')}`,
    );
  }
}

export interface SmallTarget {
  name: string;
  width: number;
  height: number;
}

/** Every visible, enabled control smaller than `minPx` in either direction. */
export function smallTouchTargets(page: Page, minPx: number): Promise<SmallTarget[]> {
  return page.evaluate((min) => {
    const selector =
      'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=radio], [role=checkbox], [role=tab], [role=slider]';
    const small: { name: string; width: number; height: number }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if ((element as HTMLButtonElement).disabled) continue;
      // A visually hidden input is operated through its label: measure the label.
      const target = element.matches('input.visually-hidden')
        ? (element.closest('label') ?? element)
        : element;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (box.width < min || box.height < min) {
        const name =
          element.getAttribute('aria-label') ??
          element.textContent?.trim() ??
          element.outerHTML.slice(0, 60);
        small.push({ name, width: Math.round(box.width), height: Math.round(box.height) });
      }
    }
    return small;
  }, minPx);
}

/** Waits until the service worker controls the page: from then on the app is precached. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** All rows of an object store, read with the plain IndexedDB API as the app stored them. */
export function readDatabase(page: Page, dbName: string, storeName: string): Promise<unknown[]> {
  return page.evaluate(
    ([name, store]) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open(name!);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const read = database.transaction(store!, 'readonly').objectStore(store!).getAll();
          read.onsuccess = () => {
            database.close();
            resolve(read.result);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    [dbName, storeName],
  );
}

export interface AppSession extends OpenedApp {
  server: Server;
  browser: Browser;
  close(): Promise<void>;
}

/** Server, browser and a fresh tablet in one: what most test files start from. */
export async function startAppSession(
  options: { installClock?: boolean } = {},
): Promise<AppSession> {
  const server = await startServer();
  const browser = await launchBrowser();
  const opened = await openApp(browser, server.url, options);
  return {
    ...opened,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One server and browser for the file, and a fresh tablet (a new context: empty storage, no
 * service worker) for every test, so no test starts from what another left behind. Read the
 * fields inside a test or hook: they are new for each test.
 */
export function tabletPerTest(
  options: { installClock?: boolean; plugins?: Plugin[] } = {},
): AppSession {
  const session = {} as AppSession;
  beforeAll(async () => {
    const server = await startServer({ plugins: options.plugins ?? [] });
    const browser = await launchBrowser();
    Object.assign(session, {
      server,
      browser,
      close: async () => {
        await browser.close();
        await server.close();
      },
    });
  });
  beforeEach(async () => {
    Object.assign(session, await openApp(session.browser, session.server.url, options));
  });
  afterEach(() => session.context?.close());
  afterAll(() => session.close?.());
  return session;
}
