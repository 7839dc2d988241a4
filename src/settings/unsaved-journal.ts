/**
 * A last-moment copy of typing that has not reached IndexedDB yet, in localStorage on this
 * device. When the page goes away (reload, closed tab, crash of the tab after a hide), an
 * IndexedDB write started at that moment may never finish, but a localStorage write is
 * synchronous and does. The screen that owns the text picks it up again and saves it.
 * Entries are removed as soon as the real save succeeds, and all of them on a reset.
 */
const PREFIX = 'praatpapier-unsaved:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Storage blocked: the journal is a safety net, not a requirement.
  }
}

export function readUnsaved<T>(key: string): T | undefined {
  const text = storage()?.getItem(PREFIX + key);
  if (text == null) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export function writeUnsaved(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Full or blocked: the IndexedDB save still runs.
  }
}

export function forgetUnsaved(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

export function clearUnsaved(): void {
  const store = storage();
  if (!store) return;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
}
