import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectNoAxeViolations,
  openApp,
  readDatabase,
  startServer,
  tabletPerTest,
  waitForServiceWorker,
} from './harness';
import { openTeacherScreens, openTeacherScreensAt, seededClass } from './flows';

const PUPILS = ['Emma', 'Noah', 'Liam'];
const TITLE = 'KOM-gesprek december';

interface StoredRound {
  id: string;
  title: string;
  status: string;
  kind: string;
  scale: string;
  answerMode: string;
  topics: { label: string }[];
  jar: string[];
}

async function rounds(page: Page): Promise<StoredRound[]> {
  return (await readDatabase(page, 'praatpapier', 'rounds')) as StoredRound[];
}

describe('conversation rounds', () => {
  const session = tabletPerTest();
  let page: Page;

  /** The seeded class of three with a bovenbouw KOM round made (not started), in its editor. */
  async function draftInEditor() {
    ({ page } = session);
    const { roundId } = await seededClass(page, session.server.url, PUPILS, {
      round: TITLE,
      draft: true,
    });
    await openTeacherScreensAt(page, `${session.server.url}/teacher/rounds/${roundId}`);
    await page.getByRole('heading', { name: `${TITLE} instellen` }).waitFor();
    return roundId!;
  }

  it('creates a KOM round for bovenbouw', async () => {
    ({ page } = session);
    await seededClass(page, session.server.url, PUPILS);
    await openTeacherScreens(page);
    await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
    await expectNoAxeViolations(page, 'rounds: new');
    await page.getByRole('radio', { name: /KOM-gesprek/ }).check();
    await page.getByRole('radio', { name: 'Bovenbouw (groep 7–8)' }).check();
    await page.getByLabel('Titel').fill('KOM-gesprek december');
    await page.getByRole('button', { name: 'Gesprek maken' }).click();
    await page.getByRole('heading', { name: 'KOM-gesprek december instellen' }).waitFor();
    await expectNoAxeViolations(page, 'rounds: editor');
    const [round] = await rounds(page);
    expect(round).toMatchObject({
      kind: 'kom',
      status: 'draft',
      scale: 'thermometer',
      answerMode: 'typed',
    });
  });

  it('edits topics: trimming below 3 is refused with a message and never stored', async () => {
    await draftInEditor();
    const before = (await rounds(page))[0]!.topics.length;
    // Every write to the rounds table from here on, as the number of topics it stores.
    await page.evaluate(() => {
      const writes: number[] = [];
      (window as unknown as { __topicWrites: number[] }).__topicWrites = writes;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value, key) {
          if (this.name === 'rounds') writes.push((value as { topics: unknown[] }).topics.length);
          return original.call(this, value, key);
        };
      }
    });
    for (let i = before; i > 2; i--) {
      await page
        .getByRole('button', { name: /weghalen$/ })
        .first()
        .click();
    }
    await page.getByText('Kies minstens 3 onderwerpen: het spinnenweb heeft er 3 nodig.').waitFor();
    await page.getByLabel('Nieuw onderwerp').fill('Samen spelen');
    await page.getByRole('button', { name: 'Onderwerp toevoegen' }).click();
    await expect
      .poll(async () => (await rounds(page))[0]!.topics.map((topic) => topic.label).at(-1))
      .toBe('Samen spelen');
    expect((await rounds(page))[0]!.topics).toHaveLength(3);
    // The valid list is stored; none of the writes before it stored the list of 2.
    const writes = await page.evaluate(
      () => (window as unknown as { __topicWrites: number[] }).__topicWrites,
    );
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((count) => count >= 3)).toBe(true);
  });

  it('adds an own question to the vragenpot and hides a built-in one', async () => {
    await draftInEditor();
    const jarBefore = (await rounds(page))[0]!.jar.length;
    await page.getByLabel('Eigen vraag toevoegen').fill('Wat wil je nog eens doen in de klas?');
    await page.getByRole('button', { name: 'Eigen vraag toevoegen' }).click();
    await page.getByRole('checkbox', { name: /Wat wil je nog eens doen in de klas\?/ }).waitFor();
    await page
      .getByRole('button', { name: /^Verbergen/ })
      .first()
      .click();
    const own = await readDatabase(page, 'praatpapier', 'ownQuestions');
    expect(own).toHaveLength(1);
    const ownId = (own[0] as { id: string }).id;
    // One question in (the teacher's own), one out (hidden): the jar is as large as before.
    await expect
      .poll(async () => {
        const jar = (await rounds(page))[0]!.jar;
        return jar.includes(ownId) && jar.length === jarBefore;
      })
      .toBe(true);
    const hidden = await readDatabase(page, 'praatpapier', 'hiddenQuestions');
    expect(hidden).toHaveLength(1);
    const hiddenId = (hidden[0] as { questionId: string }).questionId;
    expect((await rounds(page))[0]!.jar).not.toContain(hiddenId);
  });

  it('plans slots, refusing one outside the conversation days', async () => {
    await draftInEditor();
    const first = await page.getByLabel('Eerste dag').inputValue();
    await page.getByLabel('Tijdstip voor Emma').fill(`${first}T08:30`);
    await page.getByLabel('Tijdstip voor Emma').blur();
    await page.getByLabel('Tijdstip voor Noah').fill('2020-01-01T09:00');
    await page.getByLabel('Tijdstip voor Noah').blur();
    await page.getByText(/Dat tijdstip valt buiten de gespreksdagen/).waitFor();
    const plans = (await readDatabase(page, 'praatpapier', 'pupilPlans')) as {
      slot?: string;
    }[];
    expect(plans.map((plan) => plan.slot)).toEqual([`${first}T08:30`]);
  });

  it('starts the round, and the overview shows every pupil, not started, sorted by slot', async () => {
    await draftInEditor();
    const first = await page.getByLabel('Eerste dag').inputValue();
    await page.getByLabel('Tijdstip voor Liam').fill(`${first}T08:00`);
    await page.getByLabel('Tijdstip voor Emma').fill(`${first}T08:30`);
    await page.getByLabel('Tijdstip voor Emma').blur();
    await expect
      .poll(async () => (await readDatabase(page, 'praatpapier', 'pupilPlans')).length)
      .toBe(2);
    await page.getByRole('button', { name: 'Start dit gesprek' }).click();
    await page
      .getByText('Dit gesprek is open: de kinderen zien het als ze zich aanmelden.')
      .waitFor();
    expect((await rounds(page))[0]!.status).toBe('open');
    await page.getByRole('link', { name: 'Wie is er klaar?' }).click();
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page, 'rounds: overview');
    // Liam and Emma by their slots, then Noah, who has none.
    await expect
      .poll(() => page.getByRole('rowheader').allInnerTexts())
      .toEqual(['Liam', 'Emma', 'Noah']);
    expect(await page.getByRole('cell', { name: 'nog niet begonnen' }).count()).toBe(3 * 9);
  });

  it('keeps the teacher’s own preparation per pupil', async () => {
    ({ page } = session);
    await seededClass(page, session.server.url, PUPILS, { round: TITLE });
    await openTeacherScreensAt(page, `${session.server.url}/teacher/overview`);
    await page.getByRole('link', { name: /^Voorbereiding\W+Emma/ }).click();
    await page.getByRole('heading', { name: 'Jouw voorbereiding voor Emma' }).waitFor();
    await expectNoAxeViolations(page, 'rounds: teacher plan');
    await page.getByLabel('De focus van dit gesprek').fill('Lezen met plezier');
    await page.getByText('Bewaard', { exact: true }).waitFor();
    await page.reload();
    await openTeacherScreensAgain(page);
    await page.getByLabel('De focus van dit gesprek').waitFor();
    expect(await page.getByLabel('De focus van dit gesprek').inputValue()).toBe(
      'Lezen met plezier',
    );
  });

  it('a kennismaking round for kleuters shows the three-step scale and spoken answers, offline', async () => {
    // A server of its own, which this test takes away once the app is precached.
    const server = await startServer();
    const opened = await openApp(session.browser, server.url);
    page = opened.page;
    try {
      await seededClass(page, server.url, PUPILS, { round: TITLE });
      await waitForServiceWorker(page);
      await openTeacherScreens(page);
      await server.close();
      await page.getByRole('link', { name: 'Nieuw gesprek' }).click();
      await page.getByRole('radio', { name: 'Niet overnemen: beginnen met de standaard' }).check();
      await page.getByRole('radio', { name: 'Kennismakingsgesprek' }).check();
      await page.getByRole('radio', { name: 'Kleuters (groep 1–2)' }).check();
      await page.getByRole('button', { name: 'Gesprek maken' }).click();
      await page.getByRole('heading', { name: /instellen$/ }).waitFor();
      expect(
        await page.getByRole('radio', { name: 'Drie stappen: nog niet, bijna, al' }).isChecked(),
      ).toBe(true);
      expect(
        await page.getByRole('radio', { name: 'Inspreken (geen typen nodig)' }).isChecked(),
      ).toBe(true);
      await page.getByRole('heading', { name: 'Agenda van het kennismakingsgesprek' }).waitFor();
      const kleuters = (await rounds(page)).find((round) => round.kind === 'kennismaking');
      expect(kleuters).toMatchObject({
        scale: 'three-steps',
        answerMode: 'spoken',
        status: 'draft',
      });
    } finally {
      await opened.context.close();
      await server.close();
    }
  });
});

async function openTeacherScreensAgain(page: Page) {
  await page.getByLabel('Code van de juf of meester').fill('2468');
  await page.getByRole('button', { name: 'Openen' }).click();
}
