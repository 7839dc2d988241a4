/**
 * Builds the app once for every browser test (skipped when `npm run check` has just built it),
 * and the dev seed (src/dev/seed.ts, outside dist/), which the test files find through
 * PP_SEED_SCRIPT instead of building it again each.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildSeed, SEED_SCRIPT } from '../bench/seed.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(): Promise<void> {
  // Never skipped: `npm run build` does not build it, and it takes a second.
  await buildSeed({ outFile: SEED_SCRIPT });
  process.env['PP_SEED_SCRIPT'] = SEED_SCRIPT;
  if (process.env['PP_SKIP_BUILD'] === '1' && existsSync(`${root}/dist/index.html`)) return;
  // Vitest sets NODE_ENV=test, and Vite would then build a development bundle (no service
  // worker registration, dev-only code): build exactly what `npm run build` builds.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
}
