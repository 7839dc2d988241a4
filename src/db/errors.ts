import Dexie from 'dexie';

/** True when a write failed because the device (or the browser's share of it) is full. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof Dexie.QuotaExceededError) return true;
  const inner = (error as { inner?: unknown } | null)?.inner;
  const name = (inner as { name?: string } | undefined)?.name ?? (error as { name?: string })?.name;
  return name === 'QuotaExceededError';
}
