import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Three kinds of tests, all in Node:
 * - unit and db: pure logic and the Dexie repos against fake-indexeddb (never jsdom: it turns
 *   Blobs into empty objects and a Blob test would pass without testing anything);
 * - e2e: the built app in Debian's Chromium, driven by playwright-core.
 */
export default defineConfig({
  plugins: [preact()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/db/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/fake-indexeddb.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two cores: one browser at a time keeps timings honest and memory low.
          fileParallelism: false,
          // A loaded 2-core machine can take seconds to show what a tap did; vitest's 1 s
          // default made correct tests fail under load. Waits are for what is checked, so a
          // longer limit costs nothing when the page is quick.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
