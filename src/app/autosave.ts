import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetUnsaved, readUnsaved, writeUnsaved } from '../settings';
import { markBusy } from './busy';

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

interface AutosaveOptions {
  delayMs?: number;
  /** Invalid input is shown, not stored. */
  shouldSave?: boolean;
  /**
   * Names this text in the unsaved journal: when the page goes away before the save finished,
   * the text is kept there and the screen picks it up again (see useAutosavedState).
   */
  journalKey?: string;
  /** Save the first value too (it was recovered from the journal). */
  saveFirst?: boolean;
}

/**
 * Saves `value` a moment after it stops changing, and at once when the page is hidden, closed
 * or the component goes away (sign-out, idle lock), so at most the last moment is ever lost.
 * While a save is pending the app counts as busy, so an update waits for it.
 * `save` is not called for the value the component started with, nor when `shouldSave` is false.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  { delayMs = 600, shouldSave = true, journalKey, saveFirst = false }: AutosaveOptions = {},
): SaveState {
  const [state, setState] = useState<SaveState>('idle');
  // Read in event handlers and on unmount, so they always see this render's value: a keystroke
  // just before a reload has rendered, but its effect may not have run yet.
  const latest = useRef(value);
  latest.current = value;
  const valid = useRef(shouldSave);
  valid.current = shouldSave;
  const saveRef = useRef(save);
  saveRef.current = save;
  const keyRef = useRef(journalKey);
  keyRef.current = journalKey;
  /** What the database holds, as far as this component knows. */
  const stored = useRef<{ value: T } | null>(saveFirst ? null : { value });
  const busy = useRef<(() => void) | null>(null);
  const timer = useRef<number>();

  const saveLatest = (journal: boolean) => {
    window.clearTimeout(timer.current);
    const release = busy.current;
    busy.current = null;
    const current = latest.current;
    if (!valid.current || (stored.current && stored.current.value === current)) {
      release?.();
      return;
    }
    // The IndexedDB write started now may not finish if the page is going away; the journal
    // entry, written synchronously, does.
    if (journal && keyRef.current) writeUnsaved(keyRef.current, current);
    stored.current = { value: current };
    saveRef
      .current(current)
      .then(
        () => {
          setState('saved');
          if (latest.current === current && keyRef.current) forgetUnsaved(keyRef.current);
        },
        (error: unknown) => {
          console.error(error);
          stored.current = null;
          setState('failed');
        },
      )
      .finally(() => release?.());
  };

  useEffect(() => {
    if (!shouldSave || (stored.current && stored.current.value === value)) return;
    busy.current ??= markBusy('autosave');
    setState('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => saveLatest(false), delayMs);
  }, [value, shouldSave]);

  useEffect(() => {
    const leaving = () => saveLatest(true);
    const onHide = () => {
      if (document.visibilityState === 'hidden') leaving();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', leaving);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', leaving);
      // Sign-out and idle sign-out unmount the screen: what was typed is saved now.
      saveLatest(true);
    };
  }, []);

  return state;
}

/**
 * State that saves itself: like useState, plus autosave and the unsaved journal. Text that was
 * typed just before a reload or a crash comes back from the journal and is saved.
 */
export function useAutosavedState<T>(
  initial: T,
  save: (value: T) => Promise<void>,
  options: { journalKey: string; delayMs?: number },
): [T, (next: T | ((before: T) => T)) => void, SaveState] {
  const [recovered] = useState(() => readUnsaved<T>(options.journalKey));
  const [value, setValue] = useState<T>(recovered ?? initial);
  const state = useAutosave(value, save, { ...options, saveFirst: recovered !== undefined });
  return [value, setValue, state];
}
