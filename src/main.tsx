/**
 * Boot: read what the start screen shows (plain IndexedDB, src/db/start-read.ts), pick the
 * language, render; only then load what the first screen does not need (Dexie, the code dialog,
 * workbox-window), so none of it delays the first paint.
 */
import { render } from 'preact';
import './styles/tokens.css';
import './styles/base.css';
import './styles/screens.css';
import { App, boot } from './app/App';
import { registerServiceWorker } from './app/update';
import { listenForUncaughtErrors } from './app/global-errors';
import { afterFirstPaint } from './app/after-paint';

listenForUncaughtErrors();

async function start() {
  const root = document.getElementById('app')!;
  try {
    const initial = await boot();
    render(<App initial={initial} />, root);
  } catch (error) {
    // Without IndexedDB (a private window, storage switched off) nothing can be kept: say so
    // rather than let a pupil work on something that will not be saved.
    console.error(error);
    root.textContent =
      'Praatpapier kan hier niets bewaren (is opslag uitgeschakeld, of is dit een privévenster?). ' +
      'Praatpapier cannot store anything here (is storage switched off, or is this a private window?).';
  }
  afterFirstPaint(() => void registerServiceWorker());
}

void start();
