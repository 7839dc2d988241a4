import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content-Security-Policy of the built app. It lives in a <meta> tag because the app is
 * served by any static host (or none, once installed): no inline script, nothing from another
 * origin, media only from the app itself, blob: and data:. Only the build gets it, because
 * Vite's dev server injects inline styles for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'praatpapier:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The web app manifest is the root manifest.webmanifest, served and built under its own stable
 * URL (an installed app keeps pointing at it). The <link> is added here rather than written in
 * index.html, where Vite would rename the file with a content hash.
 */
function rootManifest(): Plugin {
  return {
    name: 'praatpapier:manifest',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'manifest', href: '/manifest.webmanifest' }, injectTo: 'head' },
    ],
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.webmanifest',
        source: readFileSync(new URL('./manifest.webmanifest', import.meta.url)),
      });
    },
  };
}

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

export default defineConfig({
  // Written into every backup file, next to the schema version.
  define: { __APP_VERSION__: JSON.stringify(version) },
  plugins: [
    preact(),
    contentSecurityPolicy(),
    rootManifest(),
    VitePWA({
      // The app registers the worker itself with workbox-window (src/app/update.ts) and only
      // ever updates when the teacher agrees and nobody is working: never autoUpdate.
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        // Every chunk (both languages, every screen, chart.js) so the app works offline after
        // the first visit.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Every module the start screen imports statically in the entry's one file. Left alone, the
    // bundler splits out each module a lazy screen shares with the start (the router, the error
    // log, the tables' checks…): five more files before the avatar grid can paint, each a round
    // trip through the service worker on every visit. They load at the start anyway, so one file
    // costs no byte more (the group takes main.tsx's static imports, not its lazy screens).
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', test: /\/src\/main\.tsx$/ }] } },
    },
  },
});
