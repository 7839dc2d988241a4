/** Boot: open the database and settings, pick the language, render, register the service worker. */
import { render } from 'preact';
import './styles/tokens.css';
import './styles/base.css';
import './styles/screens.css';
import { App, boot } from './app/App';
import { registerServiceWorker } from './app/update';
import { listenForUncaughtErrors } from './app/global-errors';

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
  void registerServiceWorker();
}

void start();
