/**
 * Errors nothing else caught (a script error, a promise nobody waited for) still go to the
 * error log; the browser prints them to the console as before.
 */
import { recordError } from './record-error';

export function listenForUncaughtErrors(target: Window = window): void {
  target.addEventListener('error', (event) => {
    // A resource that failed to load (an <img>) is an Event without an error: not ours to log.
    if (event.error !== undefined || event.message) void recordError(event.error ?? event.message);
  });
  target.addEventListener('unhandledrejection', (event) => void recordError(event.reason));
}
