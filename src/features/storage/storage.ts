/**
 * How much room the browser gives this app on the device, and whether it promised to keep the
 * data (persistent storage). Without that promise a full device lets the browser evict it.
 */
export interface StorageState {
  usedBytes: number | null;
  quotaBytes: number | null;
  persisted: boolean | null;
}

export async function storageState(): Promise<StorageState> {
  const storage = navigator.storage as StorageManager | undefined;
  const estimate = storage?.estimate ? await storage.estimate().catch(() => undefined) : undefined;
  const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
  return {
    usedBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
    persisted,
  };
}

/** Asks the browser to keep the data; true when it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}

/** "12,3 MB" in the app's language. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale, { maximumFractionDigits: digits })} ${units[unit]}`;
}
