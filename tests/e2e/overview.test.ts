/**
 * The class overview on the classroom tablet: a class of 26, partly prepared, fits the screen's
 * width in landscape and portrait, every row's "Gesprek starten" is in view, and the whole class
 * takes one or two screens. Prints how many screen heights the list takes (issue 16's figure).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  smallTouchTargets,
  startAppSession,
  type AppSession,
} from './harness';
import { seed, seedClass, seedPreparation, seedRound } from '../bench/seed.mjs';

const PUPILS = 26;

async function openOverview(session: AppSession, width: number, height: number): Promise<void> {
  const { page } = session;
  await page.setViewportSize({ width, height });
  await page.goto(`${session.server.url}/teacher/overview`);
  const code = page.getByLabel('Code van de juf of meester');
  await code.fill('1234');
  await page.getByRole('button', { name: 'Openen' }).click();
  await page.getByRole('table').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByRole('rowheader').count()).toBe(PUPILS);
}

describe('the class overview of 26 pupils on a tablet', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startAppSession();
    const { page } = session;
    const { classId, pupilIds } = await seedClass(page, session.server.url, {
      pupils: PUPILS,
      photos: false,
    });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds.slice(0, 10), { items: 2, photos: false });
    // Some pupils started but did not finish: a portfolio item without a level yet.
    await seed(page, 'seedStarted', pupilIds.slice(10, 16));
  });
  afterAll(() => session?.close());

  for (const [width, height] of [
    [1024, 768],
    [768, 1024],
  ] as const) {
    it(`fits ${width}×${height}: no sideways scrolling, every "Gesprek starten" in view`, async () => {
      await openOverview(session, width, height);
      const { page } = session;
      if (process.env['PP_SCREENSHOTS'])
        await page.screenshot({ path: `${process.env['PP_SCREENSHOTS']}/overview-${width}.png` });
      const measured = await page.evaluate(() => {
        const wide = [...document.querySelectorAll('table, .card, .overview-list')].map((element) =>
          Math.ceil(element.getBoundingClientRect().right),
        );
        const table = document.querySelector('table')!.getBoundingClientRect();
        return {
          innerWidth,
          innerHeight,
          documentWidth: document.documentElement.scrollWidth,
          widest: Math.max(...wide),
          tableHeight: table.height,
          pageHeight: document.documentElement.scrollHeight,
        };
      });
      const figure = {
        viewport: `${width}×${height}`,
        pupils: PUPILS,
        rowHeight: Math.round(measured.tableHeight / (PUPILS + 1)),
        listScreens: +(measured.tableHeight / measured.innerHeight).toFixed(2),
        pageScreens: +(measured.pageHeight / measured.innerHeight).toFixed(2),
      };
      console.log(`overview figure ${JSON.stringify(figure)}`);
      expect(measured.documentWidth).toBeLessThanOrEqual(measured.innerWidth);
      expect(measured.widest).toBeLessThanOrEqual(measured.innerWidth);

      const talks = page.getByRole('link', { name: /^Gesprek starten\W+Kind/ });
      expect(await talks.count()).toBe(PUPILS);
      for (const box of await talks.evaluateAll((links) =>
        links.map((link) => link.getBoundingClientRect().toJSON() as DOMRect),
      )) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(measured.innerWidth);
      }
      // Each part's state has a name that says which part and how far, not only a colour.
      const first = page.getByRole('row', { name: /Kind 01/ });
      await first.getByRole('cell', { name: 'Portfolio: klaar' }).waitFor();
      const started = page.getByRole('row', { name: /Kind 11/ });
      await started.getByRole('cell', { name: 'Portfolio: bezig' }).waitFor();

      // Issue 16: the whole class on one or two screens (plus the toolbar and legend above it).
      expect(figure.listScreens).toBeLessThanOrEqual(2.1);
      expect(figure.pageScreens).toBeLessThanOrEqual(3);

      expect(await smallTouchTargets(page, 48)).toEqual([]);
      await expectNoAxeViolations(page, `teacher: overview at ${width}×${height}`);
    });
  }
});
