/**
 * What is in progress right now (an unsaved edit, a recording). An app update waits until
 * nothing is; features mark their work here and release it when it is safely stored.
 */
const inProgress = new Set<symbol>();
const listeners = new Set<() => void>();

export function markBusy(reason: string): () => void {
  const token = Symbol(reason);
  inProgress.add(token);
  listeners.forEach((listener) => listener());
  return () => {
    if (inProgress.delete(token)) listeners.forEach((listener) => listener());
  };
}

export function isBusy(): boolean {
  return inProgress.size > 0;
}

export function onBusyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
