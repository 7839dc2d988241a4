/**
 * Writes the error log (in device settings, key `errorLog`). Writes go one after another, so
 * two errors at once both end up in the log, and a write that fails is dropped in silence:
 * recording an error must never become a second error.
 */
import { readSetting, writeSetting } from '../settings';
import { appendEntry, makeEntry, screenOf, validEntries, type ErrorLogEntry } from './error-log';

let queue: Promise<void> = Promise.resolve();

function enqueue(work: () => Promise<void>): Promise<void> {
  queue = queue.then(work).catch(() => undefined);
  return queue;
}

function currentScreen(): string {
  return screenOf(globalThis.location?.pathname ?? '');
}

/** Adds the error to the log. Resolves when it is written (or could not be); never rejects. */
export function recordError(error: unknown, screen = currentScreen()): Promise<void> {
  let entry: ErrorLogEntry;
  try {
    entry = makeEntry(error, screen, Date.now(), __APP_VERSION__);
  } catch {
    return queue;
  }
  return enqueue(async () => {
    await writeSetting('errorLog', appendEntry(await readSetting('errorLog'), entry));
  });
}

/** The log, oldest first; empty when it cannot be read. */
export async function readErrorLog(): Promise<ErrorLogEntry[]> {
  await queue;
  try {
    return validEntries(await readSetting('errorLog'));
  } catch {
    return [];
  }
}

export function clearErrorLog(): Promise<void> {
  return enqueue(() => writeSetting('errorLog', []));
}
