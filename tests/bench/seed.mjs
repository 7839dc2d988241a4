// Seeds the built app for the benchmarks and the browser tests: a class of N with portraits, an
// open round with every tool, pupils' work, recordings. The rows are made in the page by the
// app's own repos (src/dev/seed.ts), so they are what the app writes and pass its row checks.
// src/dev/seed.ts is built on its own (Vite library mode, one IIFE that sets a global), never
// into dist/, and evaluated in the page over CDP (the app's CSP rightly refuses inline scripts).
// tests/e2e/global-setup.ts builds it once for all browser tests (PP_SEED_SCRIPT); anywhere
// else it is built in memory, once per process.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The global the built seed sets in the page: every export of src/dev/seed.ts. */
const GLOBAL = '__praatpapierSeed';
/** Where tests/e2e/global-setup.ts writes the built seed (outside dist/, never shipped). */
export const SEED_SCRIPT = join(root, 'node_modules/.cache/praatpapier/dev-seed.js');

/** Builds src/dev/seed.ts into one script (and writes it to `outFile` when given). */
export async function buildSeed({ outFile } = {}) {
  const output = await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [preact()],
    define: {
      __APP_VERSION__: JSON.stringify('dev-seed'),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      copyPublicDir: false,
      lib: {
        entry: join(root, 'src/dev/seed.ts'),
        formats: ['iife'],
        name: GLOBAL,
        fileName: () => 'dev-seed.js',
      },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const chunk = outputs.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error('the seed build made no script');
  if (outFile) {
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, chunk.code);
  }
  return chunk.code;
}

let source;
function seedSource() {
  const built = process.env.PP_SEED_SCRIPT;
  source ??=
    built && existsSync(built) ? Promise.resolve(readFileSync(built, 'utf8')) : buildSeed();
  return source;
}

/**
 * Calls `name` of src/dev/seed.ts in the page with `args` (plain data), after putting the seed
 * into the page when it is not there yet (a navigation takes it away). Resolves to its result.
 */
export async function seed(page, name, ...args) {
  const there = await page.evaluate((global) => typeof globalThis[global] === 'object', GLOBAL);
  if (!there) await page.evaluate(`${await seedSource()}\n;0`);
  return page.evaluate(
    ([global, name, args]) => globalThis[global][name](...args),
    [GLOBAL, name, args],
  );
}

/** Every tool of a round, as the seeded round has them on (src/dev/seed.ts TOOLS). */
export const TOOLS = [
  'portfolio',
  'ratings',
  'spinnenweb',
  'questions',
  'vragenpot',
  'circles',
  'goals',
  'video',
  'parentQuestions',
];

/**
 * Waits until the app's first run has made both of its databases, so the seed never races the
 * app's own first open. (waitForFunction would take an async check's promise as true at once.)
 */
async function appDatabasesMade(page, timeoutMs = 15_000) {
  await page.evaluate(async (deadline) => {
    // Dexie writes ten times its schema version: never 1, the version of an empty database.
    const made = async () => {
      const listed = await indexedDB.databases();
      const version = (name) => listed.find((info) => info.name === name)?.version ?? 0;
      return version('praatpapier') > 1 && version('praatpapier-device') > 0;
    };
    while (!(await made())) {
      if (Date.now() > deadline) throw new Error('the app did not make its databases');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }, Date.now() + timeoutMs);
}

/** Loads the app once so it creates its databases, then makes a class of `pupils` pupils. */
export async function seedClass(page, url, options = {}) {
  await page.goto(url);
  await appDatabasesMade(page);
  return seed(page, 'seedClass', options);
}

/** An open round with every tool on, and a slot and a plan for every pupil (see src/dev/seed.ts). */
export function seedRound(page, classId, pupilIds, options = {}) {
  return seed(page, 'seedRound', classId, pupilIds, options);
}

/** Every part of the round filled in for each pupil (see src/dev/seed.ts). */
export function seedPreparation(page, roundId, pupilIds, options = {}) {
  return seed(page, 'seedPreparation', roundId, pupilIds, options);
}

/** Signs a pupil in, as the start screen does, by the device setting that survives a reload. */
export function seedSignedIn(page, pupilId) {
  return seed(page, 'seedSignedIn', pupilId);
}

/** An ice-breaker video of `megabytes` for each pupil, chunk by chunk, with its still. */
export async function seedRecordings(page, roundId, pupilIds, options = {}) {
  // One pupil a call: the page never holds more than one recording's bytes at a time.
  for (const pupilId of pupilIds) await seed(page, 'seedRecording', roundId, pupilId, options);
}
