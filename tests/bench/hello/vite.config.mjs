import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [
    preact(),
    VitePWA({ registerType: 'prompt', injectRegister: 'script', manifest: false }),
  ],
  build: { outDir: `${here}/dist`, emptyOutDir: true, target: 'es2022' },
});
