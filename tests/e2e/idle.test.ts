import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, startAppSession, type AppSession } from './harness';
import { expectStartScreen, openTeacherScreens, setUpClass } from './flows';

/** Idle time runs on the page's own clock, which the test moves forward (no waiting). */
describe('idle sign-out and lock', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await startAppSession({ installClock: true });
    ({ page } = session);
    await setUpClass(page, ['Emma', 'Noah']);
    await page.getByRole('button', { name: 'Klaar, naar de groep' }).click();
    await expectStartScreen(page, ['Emma', 'Noah']);
  });
  afterAll(() => session?.close());

  it('warns an idle pupil, who can stay with one tap', async () => {
    await page.getByRole('button', { name: 'Noah' }).click();
    await page.getByRole('heading', { name: 'Hoi Noah!', exact: true }).waitFor();
    await page.clock.fastForward('04:35');
    const warning = page.getByRole('alertdialog', { name: 'Ben je er nog?' });
    await warning.waitFor();
    await expectNoAxeViolations(page, 'idle warning');
    await warning.getByRole('button', { name: 'Ja, ik ben er nog' }).click();
    await warning.waitFor({ state: 'hidden' });
    await page.clock.fastForward('01:00');
    expect(await page.getByRole('heading', { name: 'Hoi Noah!', exact: true }).isVisible()).toBe(
      true,
    );
  });

  it('signs the pupil out after the idle time (5 minutes by default)', async () => {
    // One minute has passed since "still here": the warning comes 4:30 after it.
    await page.clock.fastForward('03:35');
    await page.getByRole('alertdialog', { name: 'Ben je er nog?' }).waitFor();
    await page.clock.fastForward('00:31');
    await expectStartScreen(page, ['Emma', 'Noah']);
    await page.reload();
    await expectStartScreen(page, ['Emma', 'Noah']);
  });

  it('locks the teacher screens after the idle time', async () => {
    await openTeacherScreens(page);
    await page.getByRole('heading', { name: 'Je groep: Groep 5b' }).waitFor();
    await page.clock.fastForward('05:01');
    await page.getByLabel('Code van de juf of meester').waitFor();
    expect(await page.getByRole('heading', { name: 'Je groep: Groep 5b' }).count()).toBe(0);
  });

  it('locks the teacher screens when the teacher goes back to the class', async () => {
    await page.getByLabel('Code van de juf of meester').fill('2468');
    await page.getByRole('button', { name: 'Openen' }).click();
    await page.getByRole('link', { name: 'Naar de groep' }).click();
    await expectStartScreen(page, ['Emma', 'Noah']);
    await page.getByRole('link', { name: 'Juf of meester' }).click();
    await page.getByLabel('Code van de juf of meester').waitFor();
  });
});
