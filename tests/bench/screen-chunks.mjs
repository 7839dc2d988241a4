// What each main screen makes the tablet load: every script and stylesheet it fetches, opened
// fresh (a new browser context, no cache), with its gzipped size, and whether a pupil's screen
// pulls in the teacher's messages (the chunks named after nl/vl/en-talk, -rounds or -backup).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildProject, gzipBytes, launch, printJson, root, serve } from './lib.mjs';
import { seedClass, seedPreparation, seedRound, seedSignedIn } from './seed.mjs';

const TEACHER_MESSAGES = /^assets\/(nl|vl|en)-(talk|rounds|backup)-/;

export async function screenChunks() {
  if (process.env.PP_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist/index.html')))
    await buildProject({ root });
  const app = await serve({ root });
  const browser = await launch();
  const sizes = new Map();
  const gzipOf = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipBytes(readFileSync(join(root, 'dist', file))));
    return sizes.get(file);
  };
  try {
    // One tablet's database, seeded once; every screen is then opened in a context of its own.
    const seeding = await browser.newContext();
    const page = await seeding.newPage();
    const { classId, pupilIds } = await seedClass(page, app.url, { pupils: 6, photos: false });
    const roundId = await seedRound(page, classId, pupilIds);
    await seedPreparation(page, roundId, pupilIds.slice(0, 1), { items: 2, photos: false });
    const state = await seeding.storageState({ indexedDB: true });
    await seeding.close();

    const pupil = pupilIds[0];
    const round = `/teacher/rounds/${roundId}`;
    const screens = [
      { name: 'start (avatar grid)', path: '/' },
      { name: 'pupil path', path: '/pupil', pupil: true },
      { name: 'pupil portfolio', path: '/pupil/portfolio', pupil: true },
      { name: 'pupil ratings', path: '/pupil/ratings', pupil: true },
      { name: 'pupil spinnenweb', path: '/pupil/spinnenweb', pupil: true },
      { name: 'pupil video', path: '/pupil/video', pupil: true },
      { name: 'teacher home', path: '/teacher', teacher: true },
      { name: 'class overview', path: '/teacher/overview', teacher: true },
      {
        name: 'conversation',
        path: `${round}/pupil/${pupil}/conversation`,
        teacher: true,
      },
      { name: 'print (class)', path: `${round}/print?copy=parents`, teacher: true },
      { name: 'backup', path: '/teacher/backup', teacher: true },
    ];
    const results = [];
    for (const screen of screens) {
      const context = await browser.newContext({ storageState: state, serviceWorkers: 'block' });
      const tab = await context.newPage();
      const files = new Set();
      tab.on('request', (request) => {
        const path = new URL(request.url()).pathname.slice(1);
        if (/^assets\/.+\.(js|css)$/.test(path)) files.add(path);
      });
      await tab.goto(app.url);
      if (screen.pupil) await seedSignedIn(tab, pupil);
      await tab.goto(`${app.url}${screen.path}`);
      if (screen.teacher) {
        await tab.getByLabel('Code van de juf of meester').fill('1234');
        await tab.getByRole('button', { name: 'Openen' }).click();
        await tab
          .getByLabel('Code van de juf of meester')
          .waitFor({ state: 'detached', timeout: 30_000 });
      }
      await tab.locator('main h1, main h2').first().waitFor({ timeout: 30_000 });
      // Chunks the screen loads once it is shown (chart.js, a camera, …) count as its own.
      await tab.waitForLoadState('networkidle');
      const list = [...files]
        .sort()
        .map((file) => ({ file, gzip: gzipOf(file) }))
        .sort((a, b) => b.gzip - a.gzip);
      results.push({
        screen: screen.name,
        totalGzip: list.reduce((sum, file) => sum + file.gzip, 0),
        teacherMessages: list.some(({ file }) => TEACHER_MESSAGES.test(file)),
        files: list,
      });
      await context.close();
    }
    const pupilWithTeacherMessages = results
      .filter((result) => result.screen.startsWith('pupil') && result.teacherMessages)
      .map((result) => result.screen);
    return printJson('screen-chunks', { screens: results, pupilWithTeacherMessages });
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await screenChunks();
