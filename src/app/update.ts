/**
 * The service worker, registered with workbox-window. A new version waits until the teacher
 * applies it (never on its own: a reload mid-sentence would lose a pupil's work); then it takes
 * over and the page reloads once.
 */
import type { Workbox } from 'workbox-window';

type Listener = () => void;

let workbox: Workbox | undefined;
let waiting = false;
let offlineReady = false;
const listeners = new Set<Listener>();

function notify() {
  listeners.forEach((listener) => listener());
}

/** Registers the worker after the first render; workbox-window is not needed to show the grid. */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    waiting = true;
    notify();
  });
  // A page that no worker controls is a first visit: once a worker is active, everything is
  // cached. Read from the registration, not from workbox's 'installed' event, which a page only
  // hears for an install it started itself: a reload during the first install (the tablet
  // reloaded, the teacher pressed F5) lost the notice for good.
  const firstVisit = !navigator.serviceWorker.controller;
  await workbox.register();
  if (firstVisit) {
    await navigator.serviceWorker.ready;
    offlineReady = true;
    notify();
  }
}

export function updateWaiting(): boolean {
  return waiting;
}

export function isOfflineReady(): boolean {
  return offlineReady;
}

export function onUpdateChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Lets the waiting worker take over, then reloads into the new version. */
export function applyUpdate(): void {
  if (!workbox || !waiting) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}
