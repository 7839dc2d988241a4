/**
 * True when a write failed because the device (or the browser's share of it) is full: the
 * browser's error, or Dexie's QuotaExceededError, or an error wrapping one. Dexie's errors carry
 * their names, so this needs no Dexie (the start bundle has none).
 */
export function isQuotaError(error: unknown): boolean {
  const name = (value: unknown) => (value as { name?: unknown } | null | undefined)?.name;
  const inner = (error as { inner?: unknown } | null)?.inner;
  return name(error) === 'QuotaExceededError' || name(inner) === 'QuotaExceededError';
}
