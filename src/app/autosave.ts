import { useEffect, useState } from 'preact/hooks';
import { readUnsaved } from '../settings';
import { makeAutosaver, type SaveState } from './autosaver';

export type { SaveState };

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
 * The rules are in autosaver.ts; this hook gives them each render's value.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  { delayMs = 600, shouldSave = true, journalKey, saveFirst = false }: AutosaveOptions = {},
): SaveState {
  const [state, setState] = useState<SaveState>('idle');
  const input = { value, save, delayMs, shouldSave, journalKey };
  const [saver] = useState(() => makeAutosaver(input, setState, saveFirst));
  // During render, not in an effect: a keystroke just before a reload has rendered, but its
  // effect may not have run yet, and the page-hide handler must see it.
  saver.see(input);
  useEffect(() => saver.changed(), [value, shouldSave]);
  useEffect(() => saver.listen({ window, document }), []);
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
