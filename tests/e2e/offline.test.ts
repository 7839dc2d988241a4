import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectSameOriginOnly,
  startAppSession,
  type AppSession,
  type Server,
  waitForServiceWorker,
} from './harness';
import { expectStartScreen, setUpClass } from './flows';

describe('offline and installable', () => {
  let session: AppSession;
  let server: Server;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    session = await startAppSession();
    ({ server, page, requests } = session);
  });
  afterAll(() => session?.close());

  it('has a valid web app manifest with icons, standalone display and a theme colour', async () => {
    const response = await page.request.get(`${server.url}/manifest.webmanifest`);
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: 'Praatpapier', display: 'standalone', start_url: '/' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const image = await page.request.get(`${server.url}${icon.src}`);
      expect(image.ok(), icon.src).toBe(true);
    }
  });

  it('keeps working with the server gone, class and all', async () => {
    await setUpClass(page, ['Emma', 'Noah', 'Liam']);
    await page.getByRole('button', { name: 'Klaar, naar de groep' }).click();
    await expectStartScreen(page, ['Emma', 'Noah', 'Liam']);
    await waitForServiceWorker(page);
    await server.close();
    await page.reload();
    await expectStartScreen(page, ['Emma', 'Noah', 'Liam']);
    // Every screen's chunk is precached: the teacher screens and English open offline too.
    await page.getByRole('link', { name: 'Juf of meester' }).click();
    await page.getByLabel('Code van de juf of meester').fill('2468');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('sent no request to any other origin', () => {
    expectSameOriginOnly(requests, new URL(server.url).origin);
  });
});
