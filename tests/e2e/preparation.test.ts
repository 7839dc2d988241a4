import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  expectSameOriginOnly,
  inkOf,
  readDatabase,
  smallTouchTargets,
  startAppSession,
  tabletPerTest,
  waitForServiceWorker,
  type AppSession,
} from './harness';
import {
  expectStartScreen,
  openTeacherScreens,
  seededClass,
  signInPupil,
  signOutPupil,
} from './flows';
import { seedPreparation } from '../bench/seed.mjs';

interface Row {
  [field: string]: unknown;
}
const rows = (page: Page, table: string) =>
  readDatabase(page, 'praatpapier', table) as Promise<Row[]>;

async function toPath(page: Page) {
  await page.getByRole('link', { name: 'Terug naar mijn pad' }).click();
  await page.getByRole('heading', { name: 'Mijn pad' }).waitFor();
}

async function openTile(page: Page, name: string, heading = name) {
  await page.getByRole('link', { name: new RegExp(`^${heading.replace('?', '\\?')}`) }).click();
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

async function expectPupilScreenOk(page: Page, screen: string) {
  await expectNoAxeViolations(page, screen);
  expect(await smallTouchTargets(page, 64), screen).toEqual([]);
}

/** Waits until the autosave has written (the status says "Bewaard"). */
async function saved(page: Page) {
  await page.getByText('Bewaard', { exact: true }).first().waitFor();
}

const PUPILS = ['Emma', 'Noah'];

interface Seeded {
  emma: string;
  noah: string;
  roundId: string;
}

/** Emma and Noah's class with the open KOM round a teacher makes with the defaults. */
async function emmaAndNoah(page: Page, url: string): Promise<Seeded> {
  const { pupilIds, roundId } = await seededClass(page, url, PUPILS, { round: 'KOM december' });
  return { emma: pupilIds[0]!, noah: pupilIds[1]!, roundId: roundId! };
}

/** Emma's work, made by the seed as she would make it, and the start screen showing it. */
async function emmaHasPrepared(
  page: Page,
  { emma, roundId }: Seeded,
  options: {
    items?: number;
    photos?: boolean;
    reviewed?: boolean;
    ask?: string;
    keptForMe?: number;
  } = {},
) {
  await seedPreparation(page, roundId, [emma], { items: 1, photos: false, ...options });
  await page.reload();
  await expectStartScreen(page, PUPILS);
}

// Each test a fresh tablet with Emma and Noah's class and its open round: Emma's work in a test
// is made by that test, by hand or by the seed, never by the test before it.
describe('a pupil prepares their conversation', () => {
  const session = tabletPerTest();
  let page: Page;
  let seeded: Seeded;

  beforeEach(async () => {
    ({ page } = session);
    seeded = await emmaAndNoah(page, session.server.url);
  });

  it('shows Emma her path: the round’s parts as picture tiles, none done yet', async () => {
    await signInPupil(page, 'Emma');
    await page.getByRole('heading', { name: 'Mijn pad' }).waitFor();
    await page.locator('.path-tile').first().waitFor();
    const tiles = await page.locator('.path-tile .path-name').allInnerTexts();
    expect(tiles).toEqual([
      'Wat heb ik geleerd?',
      'Hoe gaat het met mij?',
      'Mijn spinnenweb',
      'Mijn vragen',
      'De vragenpot',
      'Drie cirkels',
      'Mijn doelen',
      'Mijn filmpje',
      'Wat mag naar mijn ouders?',
    ]);
    expect(await page.locator('.path-tile--none').count()).toBe(9);
    // "Nog niet" is drawn as well as written: an empty ring beside the word.
    expect(await page.locator('.path-tile--none .path-state .state-picture--none').count()).toBe(9);
    await expectPupilScreenOk(page, 'pupil: path');
  });

  it('adds a portfolio item with a photo from the camera, a level and a proud star', async () => {
    await signInPupil(page, 'Emma');
    await openTile(page, 'Wat heb ik geleerd?');
    await page.getByRole('button', { name: 'Iets nieuws toevoegen' }).click();
    await page.getByRole('heading', { name: 'Wat ik geleerd heb' }).waitFor();
    await page.getByRole('button', { name: 'Maak een foto' }).click();
    const shutter = page.getByRole('button', { name: 'Klik!' });
    await page.waitForFunction(() => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Klik!',
      );
      return button && !button.disabled;
    });
    await shutter.click();
    await page.getByRole('img', { name: /^Foto bij/ }).waitFor();
    await page.getByLabel('Wat heb je geleerd?').fill('Breuken vergelijken');
    await page.getByLabel('Vertel er meer over').fill('Met de pizza van Lotte.');
    await page.getByRole('radio', { name: 'Ik kan het al' }).click();
    await page.getByRole('radio', { name: 'Een ander kind helpen' }).click();
    await page.getByRole('button', { name: 'Hier ben ik trots op' }).click();
    await saved(page);
    await expectPupilScreenOk(page, 'pupil: portfolio item');

    const [item] = await rows(page, 'portfolioItems');
    expect(item).toMatchObject({
      title: 'Breuken vergelijken',
      level: 'can',
      levelNext: 'helpOther',
      proud: true,
      share: 'parents',
    });
    const [media] = await rows(page, 'media');
    expect(media).toMatchObject({ kind: 'photo', mimeType: 'image/jpeg', complete: true });
    expect(Math.max(media!.width as number, media!.height as number)).toBeLessThanOrEqual(1600);

    await page.getByRole('link', { name: 'Klaar' }).click();
    await page.getByRole('link', { name: /Breuken vergelijken/ }).waitFor();
    await expectPupilScreenOk(page, 'pupil: portfolio');
    await toPath(page);
    await page.locator('.path-tile--done', { hasText: 'Wat heb ik geleerd?' }).waitFor();
  });

  it('rates every topic on the thermometer, now and in a month, by dragging and by keys', async () => {
    await signInPupil(page, 'Emma');
    await openTile(page, 'Hoe gaat het met mij?');
    const sliders = page.getByRole('slider');
    // The screen's heading comes before its stored ratings: wait for the sliders themselves.
    await expect.poll(() => sliders.count()).toBe(16);
    const count = 16;
    // The first by finger: a drag from the bottom to near the top.
    const first = page.getByRole('slider', { name: 'Lezen: Nu' });
    const box = (await first.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.7);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.3, { steps: 5 });
    await page.mouse.up();
    const dragged = Number(await first.getAttribute('aria-valuenow'));
    expect(dragged).toBeGreaterThan(4);
    // The rest by keyboard: now 3 steps up, in a month 7.
    for (let index = 1; index < count; index++) {
      const slider = sliders.nth(index);
      await slider.focus();
      for (let step = 0; step < (index % 2 === 0 ? 3 : 7); step++)
        await page.keyboard.press('ArrowUp');
    }
    await expect.poll(async () => (await rows(page, 'ratings')).length).toBe(8);
    // Every topic has a picture: a book for Lezen, sums for Rekenen.
    expect(await page.locator('.rating-topic .topic-picture').count()).toBe(8);
    for (const [topic, picture] of [
      ['Lezen', 'lezen'],
      ['Rekenen', 'rekenen'],
    ]) {
      const region = page.getByRole('region', { name: topic });
      expect(await region.locator(`.topic-picture--${picture}`).count()).toBe(1);
    }
    await expectPupilScreenOk(page, 'pupil: ratings');
    const lezen = (await rows(page, 'ratings')).find((row) => row.topicId === 'lezen');
    expect(lezen).toMatchObject({ now: dragged, month: 7, scale: 'thermometer' });
    await toPath(page);
  });

  it('draws the spinnenweb with now and in a month, and the same numbers as a table', async () => {
    await emmaHasPrepared(page, seeded, { items: 0 });
    await signInPupil(page, 'Emma');
    await openTile(page, 'Mijn spinnenweb');
    await page.getByRole('img', { name: /Mijn spinnenweb/ }).waitFor();
    const headers = await page.getByRole('table').getByRole('columnheader').allInnerTexts();
    expect(headers.slice(1)).toEqual(['Nu', 'Over een maand']);
    expect(await page.getByRole('table').getByRole('row').count()).toBe(9);
    // The web is drawn (chart.js loads with this screen, then animates in), every label whole:
    // a label cut off by the canvas's edge leaves ink on that edge.
    const canvas = page.locator('.radar canvas');
    await expect
      .poll(async () => (await inkOf(canvas)).ink, { timeout: 15_000 })
      .toBeGreaterThan(1000);
    expect((await inkOf(canvas)).atEdge).toBe(0);
    await expectPupilScreenOk(page, 'pupil: spinnenweb');
    await toPath(page);
  });

  it('answers the questions by typing, and a reload in the middle of typing keeps the text', async () => {
    await signInPupil(page, 'Emma');
    await openTile(page, 'Mijn vragen');
    const answers = page.getByLabel('Mijn antwoord');
    await expect.poll(() => answers.count()).toBe(7);
    const count = 7;
    await page.getByRole('heading', { name: 'Wat heb ik de voorbije periode geleerd?' }).waitFor();
    for (let index = 1; index < count; index++) await answers.nth(index).fill(`Antwoord ${index}`);
    await answers.first().click();
    await page.keyboard.type('Breuken en de tafel van 7');
    await page.reload();
    await page.getByRole('heading', { name: 'Mijn vragen', level: 1 }).waitFor();
    await expect
      .poll(() => page.getByLabel('Mijn antwoord').first().inputValue())
      .toBe('Breuken en de tafel van 7');
    expect(await page.getByLabel('Mijn antwoord').nth(6).inputValue()).toBe('Antwoord 6');
    await page.getByRole('button', { name: 'Vraag aan mijn ouders' }).click();
    await page.getByLabel('Mijn vraag aan mijn ouders').fill('Mag ik op voetbal?');
    await saved(page);
    await expectPupilScreenOk(page, 'pupil: questions');
    await toPath(page);
  });

  it('draws two questions from the vragenpot, puts one back and answers the other', async () => {
    await signInPupil(page, 'Emma');
    await openTile(page, 'De vragenpot');
    const jar = page.getByRole('button', { name: 'Trek een vraag uit de pot' });
    await jar.click();
    const firstQuestion = page.locator('.jar-card h3');
    await firstQuestion.waitFor();
    // The jar shakes as the question comes out, unless the tablet asks for less motion.
    const animation = () =>
      page.locator('.jar-picture').evaluate((element) => getComputedStyle(element).animationName);
    expect(await animation()).toBe('jar-shake');
    const first = await firstQuestion.innerText();
    await page.locator('.jar-card').getByLabel('Mijn antwoord').fill('Met Sara spelen');
    await saved(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Nog een vraag' }).click();
    await expect.poll(() => page.locator('.jar-card h3').innerText()).not.toBe(first);
    expect(await animation()).toBe('none');
    await page.emulateMedia({ reducedMotion: null });
    const second = await page.locator('.jar-card h3').innerText();
    await expectPupilScreenOk(page, 'pupil: vragenpot');
    await page.getByRole('button', { name: 'Terugleggen' }).click();
    await expect.poll(() => page.locator('.answer h3').allInnerTexts()).toEqual([first]);
    const jarRows = (await rows(page, 'answers')).filter((row) => row.source === 'jar');
    expect(jarRows.map((row) => [row.question, row.putBack, row.text]).sort()).toEqual(
      [
        [first, false, 'Met Sara spelen'],
        [second, true, ''],
      ].sort(),
    );
    await toPath(page);
  });

  it('fills the three circles, and a reload just after typing keeps the text', async () => {
    await signInPupil(page, 'Emma');
    await openTile(page, 'Drie cirkels');
    // Three drawn circles, closed; a tap opens one, with one field at a time (+ first).
    await page.getByRole('button', { name: 'School', exact: true }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Wat gaat goed? (+)' }).count()).toBe(0);
    expect(await page.locator('.text-count').count()).toBe(0);
    for (const [circle, text] of [
      ['Thuis', 'Samen koken'],
      ['Ik', 'Ik kan goed tekenen'],
      ['School', 'Mijn vrienden'],
    ] as const) {
      await page.getByRole('button', { name: circle, exact: true }).click();
      await page.getByRole('region', { name: circle }).getByLabel('Wat gaat goed? (+)').fill(text);
    }
    // Reopened, a circle shows what was typed in it.
    await page.getByRole('button', { name: /^Thuis\s*1 ingevuld$/ }).click();
    const home = page.getByRole('region', { name: 'Thuis' });
    expect(await home.getByLabel('Wat gaat goed? (+)').inputValue()).toBe('Samen koken');
    await home.getByRole('button', { name: 'Wat gaat niet zo goed? (−)' }).click();
    expect(await home.getByLabel('Wat gaat goed? (+)').count()).toBe(0);
    await home.getByLabel('Wat gaat niet zo goed? (−)').fill('Opruimen');
    await home.getByRole('radio', { name: 'Alleen voor mij' }).click();
    await saved(page);
    await page.getByRole('button', { name: /^Thuis\s*2 ingevuld$/ }).waitFor();
    await expectPupilScreenOk(page, 'pupil: circles');
    await expect
      .poll(async () =>
        (await rows(page, 'circles'))
          .map((row) => [row.circle, row.plus, row.minus, row.share])
          .sort(),
      )
      .toEqual([
        ['home', 'Samen koken', 'Opruimen', 'me'],
        ['me', 'Ik kan goed tekenen', '', 'parents'],
        ['school', 'Mijn vrienden', '', 'parents'],
      ]);
    // Typed just before a reload: the journal brings it back, and the ring counts it.
    await page.getByRole('button', { name: /^School\s*1 ingevuld$/ }).click();
    const school = page.getByRole('region', { name: 'School' });
    await school.getByRole('button', { name: 'Mijn doel' }).click();
    await school.getByLabel('Mijn doel').fill('Meer lezen');
    await page.reload();
    await page.getByRole('button', { name: /^School\s*2 ingevuld$/ }).waitFor();
    await page.getByRole('button', { name: /^Thuis\s*2 ingevuld$/ }).waitFor();
    await expect
      .poll(async () => (await rows(page, 'circles')).find((row) => row.circle === 'school')?.goal)
      .toBe('Meer lezen');
    await toPath(page);
  });

  it('sets a goal with how far she is, her next step and the help it needs', async () => {
    await signInPupil(page, 'Emma');
    await openTile(page, 'Mijn doelen');
    const goal = page.getByRole('region', { name: 'Doel 1' });
    await goal.getByLabel('Waar wil ik naartoe?').fill('De tafels kennen');
    await goal.getByRole('radio', { name: 'Halverwege' }).click();
    await goal.getByLabel('Wat is mijn volgende stap?').fill('Elke dag vijf minuten oefenen');
    await goal.getByRole('button', { name: 'Oefenen' }).click();
    await goal.getByRole('button', { name: 'Mijn ouders' }).click();
    await expectPupilScreenOk(page, 'pupil: goals');
    await expect
      .poll(async () => (await rows(page, 'goals'))[0]?.nextStep)
      .toBe('Elke dag vijf minuten oefenen');
    const stored = await rows(page, 'goals');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      aim: 'De tafels kennen',
      progress: 2,
      help: ['practice', 'parents'],
    });
    await toPath(page);
  });

  it('chooses what goes to the parents and sees exactly what the praatpapier will show', async () => {
    await emmaHasPrepared(page, seeded, {
      items: 2,
      reviewed: false,
      ask: 'Mag ik op voetbal?',
      photos: true,
    });
    await signInPupil(page, 'Emma');
    await openTile(page, 'Wat mag naar mijn ouders?');
    const preview = page.getByRole('region', { name: 'Dit komt op je praatpapier' });
    await preview.getByText('Geleerd 1').waitFor();
    await preview.getByText('Mag ik op voetbal?').waitFor();
    // A portfolio item shows its photo beside its title, for a child who cannot read it.
    const photo = page.locator('.share-list').getByRole('img', { name: 'Foto bij: Geleerd 1' });
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    // What she keeps for herself leaves the preview; what is for the teacher alone too.
    await page
      .getByRole('radiogroup', { name: 'Wie mag dit zien? Geleerd 2' })
      .getByRole('radio', { name: 'Alleen voor mij' })
      .click();
    await expect.poll(() => preview.getByText('Geleerd 2').count()).toBe(0);
    await page
      .getByRole('radiogroup', { name: 'Wie mag dit zien? Mag ik op voetbal?' })
      .getByRole('radio', { name: 'Alleen voor juf of meester' })
      .click();
    await expect.poll(() => preview.getByText('Mag ik op voetbal?').count()).toBe(0);
    await preview.getByText('Geleerd 1').waitFor();
    await expectPupilScreenOk(page, 'pupil: share');
    await expect
      .poll(async () =>
        (await rows(page, 'portfolioItems')).map((row) => [row.title, row.share]).sort(),
      )
      .toEqual([
        ['Geleerd 1', 'parents'],
        ['Geleerd 2', 'me'],
      ]);
    await page.getByRole('button', { name: 'Zo is het goed' }).click();
    await page.getByRole('heading', { name: 'Mijn pad' }).waitFor();
    // Every part but the video (the seed made none) is done now, the share review too.
    await expect.poll(() => page.locator('.path-tile--done').count()).toBe(8);
    expect(
      await page.locator('.path-tile:not(.path-tile--done) .path-name').allInnerTexts(),
    ).toEqual(['Mijn filmpje']);
  });

  it('shows the teacher who is ready, and Emma’s preparation without what she kept for herself', async () => {
    await emmaHasPrepared(page, seeded, { items: 2, ask: 'Mag ik op voetbal?', keptForMe: 1 });
    await openTeacherScreens(page);
    await page.getByRole('link', { name: 'Wie is er klaar?' }).click();
    await page.getByRole('table').waitFor();
    const emma = page.getByRole('row', { name: /Emma/ });
    // Every part but the video; Noah did nothing yet.
    expect(await emma.getByRole('cell', { name: 'klaar' }).count()).toBe(7);
    expect(
      await page.getByRole('row', { name: /Noah/ }).getByRole('cell', { name: 'klaar' }).count(),
    ).toBe(0);
    await page.getByRole('link', { name: /Wat het kind maakte\W+Emma/ }).click();
    await page.getByRole('heading', { name: 'Wat Emma voorbereidde' }).waitFor();
    await page.getByText('Geleerd 1').waitFor();
    await page.getByText('Mag ik op voetbal?').waitFor();
    expect(await page.getByText('Geleerd 2').count()).toBe(0);
    await page.getByText('Eén ding houdt dit kind voor zichzelf.').waitFor();
    await expectNoAxeViolations(page, 'teacher: preparation');
  });
});

// Its own server, as the test takes it away to prove the tablet works offline.
describe('a pupil’s work is hers alone, also offline', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await startAppSession();
    ({ page } = session);
    const seeded = await emmaAndNoah(page, session.server.url);
    await emmaHasPrepared(page, seeded, { items: 1 });
    await waitForServiceWorker(page);
  });
  afterAll(() => session?.close());

  it('keeps Emma’s work from Noah, also offline, and gives it all back to Emma', async () => {
    await signInPupil(page, 'Emma');
    await openTile(page, 'Wat heb ik geleerd?');
    await page.getByRole('link', { name: /Geleerd 1/ }).click();
    await page.getByRole('heading', { name: 'Wat ik geleerd heb' }).waitFor();
    const emmaItemUrl = page.url();
    await page.getByRole('link', { name: 'Klaar' }).click();
    await toPath(page);
    await signOutPupil(page);

    await session.server.close();
    await signInPupil(page, 'Noah');
    await page.goto(emmaItemUrl).catch(() => undefined);
    await page.getByText('Dit is niet van jou. Ga terug naar je eigen pad.').waitFor();
    expect(await page.getByText('Geleerd 1').count()).toBe(0);
    expect(await page.getByLabel('Wat heb je geleerd?').count()).toBe(0);
    await toPath(page);
    await openTile(page, 'Wat heb ik geleerd?');
    await page.getByText('Je portfolio is nog leeg.').waitFor();
    await toPath(page);
    await signOutPupil(page);

    await signInPupil(page, 'Emma');
    await expect.poll(() => page.locator('.path-tile--done').count()).toBe(8);
    await openTile(page, 'Mijn vragen');
    expect(await page.getByLabel('Mijn antwoord').first().inputValue()).toBe(
      'Mijn antwoord op deze vraag.',
    );
    await toPath(page);
    await signOutPupil(page);
    expectSameOriginOnly(session.requests, new URL(session.server.url).origin);
    expect(session.errors).toEqual([]);
  });
});
