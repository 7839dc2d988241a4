import { describe, expect, it } from 'vitest';
import {
  expectSameOriginOnly,
  openApp,
  startServer,
  tabletPerTest,
  waitForServiceWorker,
} from './harness';
import { expectStartScreen, seededClass } from './flows';

describe('offline and installable', () => {
  const session = tabletPerTest();

  it('has a valid web app manifest with icons, standalone display and a theme colour', async () => {
    const { page, server } = session;
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

  it('keeps working with the server gone, class and all, asking no other origin', async () => {
    // A server of its own, which this test takes away.
    const server = await startServer();
    const { context, page, requests } = await openApp(session.browser, server.url);
    try {
      const pupils = ['Emma', 'Noah', 'Liam'];
      await seededClass(page, server.url, pupils);
      await waitForServiceWorker(page);
      await server.close();
      await page.reload();
      await expectStartScreen(page, pupils);
      // Every screen's chunk is precached: the teacher screens and English open offline too.
      await page.getByRole('link', { name: 'Juf of meester' }).click();
      await page.getByLabel('Code van de juf of meester').fill('2468');
      await page.getByRole('button', { name: 'Openen' }).click();
      await page.getByRole('link', { name: 'Instellingen' }).click();
      await page.getByRole('radio', { name: 'English' }).check();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expectSameOriginOnly(requests, new URL(server.url).origin);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
