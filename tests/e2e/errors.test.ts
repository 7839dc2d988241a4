/**
 * Errors are caught and shown, never a blank screen: a screen that throws shows its area's
 * fallback, a load that fails shows a message, both end up in the teacher's error log, and the
 * rest of the app keeps working. The failures are real: rows put wrong in IndexedDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  launchBrowser,
  openApp,
  smallTouchTargets,
  startServer,
  type OpenedApp,
  type Server,
} from './harness';
import {
  classWithOpenRound,
  expectStartScreen,
  openTeacherScreens,
  setUpClass,
  signInPupil,
} from './flows';

const WAIT = { timeout: 20_000 };

/** Changes every row of a table in the app's own database, as a bug or an old version might. */
function spoilRows(page: Page, table: string, field: string, value: unknown): Promise<number> {
  return page.evaluate(
    ([store, key, bad]) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('praatpapier');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(store as string, 'readwrite');
          const objects = transaction.objectStore(store as string);
          const all = objects.getAll();
          all.onsuccess = () => {
            for (const row of all.result) objects.put({ ...row, [key as string]: bad });
          };
          transaction.oncomplete = () => {
            database.close();
            resolve(all.result.length);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [table, field, value] as const,
  );
}

async function openErrorLog(page: Page) {
  await openTeacherScreens(page);
  await page.getByRole('heading', { name: /^Je groep/ }).waitFor(WAIT);
  await page.getByRole('link', { name: 'Instellingen' }).click();
  await page.getByRole('heading', { name: 'Foutenlogboek' }).waitFor(WAIT);
  return page.getByRole('table');
}

describe('errors are caught and shown', () => {
  let server: Server;
  let browser: Browser;
  let opened: OpenedApp | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const fresh = async () => {
    await opened?.context.close();
    opened = await openApp(browser, server.url);
    return opened.page;
  };

  it('shows the pupil area’s fallback for a screen that throws; the rest keeps working', async () => {
    const page = await fresh();
    await classWithOpenRound(page, ['Emma', 'Noah'], 'KOM december');
    await signInPupil(page, 'Emma');
    await page.getByRole('link', { name: /^Wat heb ik geleerd\?/ }).click();
    await page.getByRole('button', { name: 'Iets nieuws toevoegen' }).click();
    await page.getByRole('heading', { name: 'Wat ik geleerd heb' }).waitFor(WAIT);
    // A title that is not text: the portfolio list cannot draw the item's card.
    expect(await spoilRows(page, 'portfolioItems', 'title', 42)).toBe(1);
    await page.goto(`${server.url}/pupil/portfolio`);

    await page.getByRole('heading', { name: 'Oeps, hier ging iets mis.' }).waitFor(WAIT);
    await page.getByText('Wat je al gemaakt had, is bewaard.').waitFor();
    await expectNoAxeViolations(page, 'pupil area: fallback');
    expect(await smallTouchTargets(page, 64)).toEqual([]);

    // Back to the start signs Emma out: her own space would only break again.
    await page.getByRole('button', { name: 'Terug naar het begin' }).click();
    await expectStartScreen(page, ['Emma', 'Noah']);
    await signInPupil(page, 'Noah');
    await page.getByRole('button', { name: 'Klaar, geef de tablet door' }).click();
    await expectStartScreen(page, ['Emma', 'Noah']);

    const log = await openErrorLog(page);
    const row = log.getByRole('row').filter({ hasText: '/pupil/portfolio' });
    await row.waitFor(WAIT);
    await expect.poll(() => row.innerText()).toMatch(/TypeError/);
    expect(await row.innerText()).not.toMatch(/Emma|[0-9a-f]{8}-[0-9a-f]{4}/);
    await expectNoAxeViolations(page, 'teacher: settings with the error log');
  });

  it('tells that a screen could not load, logs it, and the teacher copies and clears the log', async () => {
    const page = await fresh();
    await opened!.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url,
    });
    await setUpClass(page, ['Sara', 'Liam']);
    await page.getByRole('button', { name: 'Klaar, naar de groep' }).click();
    await expectStartScreen(page, ['Liam', 'Sara']);
    // First names that are not text: the class list cannot be sorted.
    expect(await spoilRows(page, 'pupils', 'firstName', 7)).toBe(2);
    await page.reload();

    const alert = page.getByRole('alert').filter({ hasText: 'Er ging iets mis.' });
    await alert.waitFor(WAIT);
    await page.getByRole('heading', { name: 'Wie ben jij?' }).waitFor();
    await expectNoAxeViolations(page, 'start: a failed load');
    await alert.getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => alert.count(), WAIT).toBe(0);

    const log = await openErrorLog(page);
    const row = log
      .getByRole('row')
      .filter({ hasText: /TypeError/ })
      .first();
    await row.waitFor(WAIT);
    expect(await row.innerText()).toContain('/');

    await page.getByRole('button', { name: 'Kopiëren' }).click();
    await page.getByText('Gekopieerd.').waitFor(WAIT);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/TypeError/);
    expect(copied).not.toMatch(/Sara|Liam/);

    await page.getByRole('button', { name: 'Wissen' }).click();
    await page.getByText('Er is nog niets misgegaan.').waitFor(WAIT);
  });
});
