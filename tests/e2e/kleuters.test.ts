import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeJpeg } from '../support/big-photo';
import { expectNoAxeViolations, readDatabase, smallTouchTargets, tabletPerTest } from './harness';
import { seededClass, signInPupil } from './flows';
import { seedPreparation } from '../bench/seed.mjs';

/**
 * A device with one local Dutch voice, that notes what it says: Debian's Chromium has no voices,
 * and the read-aloud buttons hide when there is none.
 */
function fakeVoice() {
  const spoken: string[] = [];
  const voice = { name: 'Lotte', lang: 'nl-NL', localService: true, default: true, voiceURI: 'l' };
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => [voice],
      addEventListener() {},
      removeEventListener() {},
      cancel() {},
      speak(utterance: { text: string; onend?: () => void }) {
        spoken.push(utterance.text);
        setTimeout(() => utterance.onend?.(), 10);
      },
    },
  });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: class {
      constructor(public text: string) {}
    },
  });
  (window as unknown as { spoken: string[] }).spoken = spoken;
}

/** A loaded 2-core machine can take a while to show what a tap did. */
const WAIT = { timeout: 15_000 };

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);

describe('a kleuter prepares with taps, pictures and a voice, no keyboard', () => {
  const session = tabletPerTest();
  let page: Page;
  let roundId: string;
  let sem: string;

  // Each test its own class of two in a kleuter round made with its defaults, Sem on his path.
  beforeEach(async () => {
    ({ page } = session);
    await session.context.addInitScript(fakeVoice);
    const seeded = await seededClass(page, session.server.url, ['Sem', 'Lot'], {
      round: 'Kleutergesprek',
      ageBand: 'kleuters',
    });
    roundId = seeded.roundId!;
    sem = seeded.pupilIds[0]!;
    await signInPupil(page, 'Sem');
  });

  it('reads the path aloud with the device’s Dutch voice', async () => {
    await page.getByRole('button', { name: 'Lees voor: Mijn pad' }).click();
    await expect
      .poll(() => spoken(page), WAIT)
      .toContain('Mijn pad. Zo bereid je je gesprek voor. Tik op een plaatje om te beginnen.');
    const tiles = await page.locator('.path-tile .path-name').allInnerTexts();
    expect(tiles).toEqual([
      'Wat heb ik geleerd?',
      'Hoe gaat het met mij?',
      'De vragenpot',
      'Mijn filmpje',
      'Wat mag naar mijn ouders?',
    ]);
  });

  it('adds a photo and how far they are, with taps only', async () => {
    await page.getByRole('link', { name: /^Wat heb ik geleerd\?/ }).click();
    await page.getByRole('button', { name: 'Iets nieuws toevoegen' }).click();
    await page.getByRole('button', { name: 'Maak een foto' }).click();
    await page.locator('.camera-shot button:not([disabled])').waitFor();
    await page.getByRole('button', { name: 'Klik!' }).click();
    await page.getByRole('img', { name: /^Foto bij/ }).waitFor();
    await page.getByRole('radio', { name: 'Bijna' }).click();
    await expectNoAxeViolations(page, 'kleuter: portfolio item');
    await page.getByRole('link', { name: 'Klaar' }).click();
    await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
    await page.locator('.path-tile--done', { hasText: 'Wat heb ik geleerd?' }).waitFor();
  });

  it('refuses a file that is not a photo, and makes a 50-megapixel photo small on the device', async () => {
    await page.getByRole('link', { name: /^Wat heb ik geleerd\?/ }).click();
    await page.getByRole('button', { name: 'Iets nieuws toevoegen' }).click();
    const input = page.locator('input[type=file]');
    await input.setInputFiles({
      name: 'tekst.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hoi'),
    });
    await page.getByText('Dat is geen foto. Kies een foto.').waitFor();
    const photo = await makeJpeg(page, 50);
    await input.setInputFiles({ name: 'groot.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByRole('img', { name: /^Foto bij/ }).waitFor();
    const media = (await readDatabase(page, 'praatpapier', 'media')) as {
      width: number;
      height: number;
    }[];
    expect(media.map((row) => Math.max(row.width, row.height))).toEqual([1600]);
    expect(session.errors.filter((error) => !error.includes('not an image'))).toEqual([]);
    session.errors.length = 0;
    await page.getByRole('link', { name: 'Klaar' }).click();
    await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
  });

  it('rates with three pictures, now and in a month', async () => {
    await page.getByRole('link', { name: /^Hoe gaat het met mij\?/ }).click();
    const groups = page.getByRole('radiogroup');
    // Five topics, now and in a month, once the screen has read them.
    await expect.poll(() => groups.count(), WAIT).toBe(10);
    const count = await groups.count();
    for (let index = 0; index < count; index++) {
      await groups
        .nth(index)
        .getByRole('radio', { name: index % 2 ? 'Al' : 'Bijna' })
        .click();
    }
    // A kleuter cannot read the topics: each has its own picture (a ball for Samen spelen).
    const pictures = await page
      .locator('.rating-topic .topic-picture')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('class')));
    expect(pictures).toEqual(
      ['spelen', 'luisteren', 'zelf-doen', 'tekenen', 'welbevinden'].map(
        (id) => `topic-picture topic-picture--${id}`,
      ),
    );
    await expectNoAxeViolations(page, 'kleuter: ratings');
    expect(await smallTouchTargets(page, 64)).toEqual([]);
    await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
    await page.locator('.path-tile--done', { hasText: 'Hoe gaat het met mij?' }).waitFor();
  });

  it('draws from the vragenpot, hears the question, and tells the answer instead of typing', async () => {
    await page.getByRole('link', { name: /^De vragenpot/ }).click();
    await page.getByRole('button', { name: 'Trek een vraag uit de pot' }).click();
    const question = await page.locator('.jar-card h3').innerText();
    await page.getByRole('button', { name: `Lees voor: ${question}` }).click();
    await expect.poll(() => spoken(page), WAIT).toContain(question);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByText('Vertel je antwoord aan je juf of meester.').waitFor();
    await page.getByRole('button', { name: 'Ik heb het verteld' }).click();
    await expectNoAxeViolations(page, 'kleuter: vragenpot');
    await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
    await page.locator('.path-tile--done', { hasText: 'De vragenpot' }).waitFor();
  });

  it('says it may all go to the parents, and every tile is done', async () => {
    // Sem made a portfolio item, rated every topic and told his answer from the vragenpot.
    await seedPreparation(page, roundId, [sem], { items: 1, photos: false, reviewed: false });
    await page.reload();
    await page.getByRole('heading', { name: 'Hoi Sem!', exact: true }).waitFor();
    await expect.poll(() => page.locator('.path-tile--done').count(), WAIT).toBe(3);
    await page.getByRole('link', { name: /^Wat mag naar mijn ouders\?/ }).click();
    await page
      .getByRole('region', { name: 'Dit komt op je praatpapier' })
      .getByText('(verteld aan de juf of meester)')
      .waitFor();
    await page.getByRole('button', { name: 'Zo is het goed' }).click();
    await expect.poll(() => page.locator('.path-tile--done').count(), WAIT).toBe(4);
    expect(session.errors).toEqual([]);
  });
});
