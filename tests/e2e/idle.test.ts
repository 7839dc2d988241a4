import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, tabletPerTest } from './harness';
import { expectStartScreen, openTeacherScreens, seededClass, signInPupil } from './flows';

const PUPILS = ['Emma', 'Noah'];

/** Idle time runs on the page's own clock, which the test moves forward (no waiting). */
describe('idle sign-out and lock', () => {
  const session = tabletPerTest({ installClock: true });

  it('warns an idle pupil, who can stay with one tap', async () => {
    const { page } = session;
    await seededClass(page, session.server.url, PUPILS);
    await signInPupil(page, 'Noah');
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
    const { page } = session;
    await seededClass(page, session.server.url, PUPILS);
    await signInPupil(page, 'Noah');
    // The warning comes after 4:30, the sign-out at 5:00.
    await page.clock.fastForward('04:35');
    await page.getByRole('alertdialog', { name: 'Ben je er nog?' }).waitFor();
    await page.clock.fastForward('00:31');
    await expectStartScreen(page, PUPILS);
    await page.reload();
    await expectStartScreen(page, PUPILS);
  });

  it('locks the teacher screens after the idle time', async () => {
    const { page } = session;
    await seededClass(page, session.server.url, PUPILS);
    await openTeacherScreens(page);
    await page.getByRole('heading', { name: 'Je groep: Groep 5b' }).waitFor();
    await page.clock.fastForward('05:01');
    await page.getByLabel('Code van de juf of meester').waitFor();
    expect(await page.getByRole('heading', { name: 'Je groep: Groep 5b' }).count()).toBe(0);
  });

  it('locks the teacher screens when the teacher goes back to the class', async () => {
    const { page } = session;
    await seededClass(page, session.server.url, PUPILS);
    await openTeacherScreens(page);
    await page.getByRole('heading', { name: 'Je groep: Groep 5b' }).waitFor();
    await page.getByRole('link', { name: 'Naar de groep' }).click();
    await expectStartScreen(page, PUPILS);
    await page.getByRole('link', { name: 'Juf of meester' }).click();
    await page.getByLabel('Code van de juf of meester').waitFor();
  });
});
