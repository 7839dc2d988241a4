/**
 * A dev-only seed: a class, an open round with every tool and the pupils' work, made through the
 * app's own repos, so the rows are the rows the app itself writes (and pass its row checks).
 * The benchmarks and the browser tests run it in the built app's page: it is built on its own
 * into one script (tests/bench/seed.mjs) and evaluated there. The app never imports it, so it
 * never ships.
 */
export * from './seed-class';
export * from './seed-work';
export { misfits } from './misfits';
