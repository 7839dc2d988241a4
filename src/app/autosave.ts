import { useEffect, useRef, useState } from 'preact/hooks';
import { markBusy } from './busy';

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

/**
 * Saves `value` a moment after it stops changing, and at once when the page is hidden, closed
 * or the component goes away (sign-out, idle lock), so at most the last moment is ever lost.
 * While a save is pending the app counts as busy, so an update waits for it.
 * `save` is not called for the value the component started with, nor when `shouldSave` is false
 * (invalid input is shown, not stored).
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  { delayMs = 600, shouldSave = true }: { delayMs?: number; shouldSave?: boolean } = {},
): SaveState {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<{ value: T; release: () => void } | null>(null);
  const timer = useRef<number>();
  const saveRef = useRef(save);
  saveRef.current = save;
  const first = useRef(true);

  const flush = () => {
    window.clearTimeout(timer.current);
    const job = pending.current;
    if (!job) return;
    pending.current = null;
    saveRef
      .current(job.value)
      .then(
        () => setState('saved'),
        (error: unknown) => {
          console.error(error);
          setState('failed');
        },
      )
      .finally(job.release);
  };

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!shouldSave) return;
    pending.current?.release();
    pending.current = { value, release: markBusy('autosave') };
    setState('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, delayMs);
  }, [value, shouldSave]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return state;
}
