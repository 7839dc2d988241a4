/**
 * What useAutosave does, without Preact: wait until the value stops changing, save it, and save
 * at once when the page is hidden or closed or the screen goes away, with the unsaved journal as
 * the safety net for a save the leaving page may not finish. Apart from the hook so that it is
 * unit tested in Node with fake timers.
 */
import { forgetUnsaved, writeUnsaved } from '../settings';
import { markBusy } from './busy';

export type SaveState = 'idle' | 'pending' | 'saved' | 'failed';

/** One render's value and options; a save that runs later reads the latest of these. */
export interface AutosaveInput<T> {
  value: T;
  save: (value: T) => Promise<void>;
  delayMs: number;
  /** Invalid input is shown, not stored. */
  shouldSave: boolean;
  /** Names this text in the unsaved journal. */
  journalKey?: string;
}

/** Where the page tells that it goes away: `window` and `document` in the app. */
export interface PageEvents {
  window: EventTarget;
  document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
}

export function makeAutosaver<T>(
  first: AutosaveInput<T>,
  onState: (state: SaveState) => void,
  /** Save the first value too (it was recovered from the journal). */
  saveFirst = false,
) {
  let input = first;
  /** What the database holds or is being written, as far as this screen knows. */
  let stored: { value: T } | null = saveFirst ? null : { value: first.value };
  /** What a write has confirmed: a page that goes away mid-write journals the rest. */
  let confirmed: { value: T } | null = stored;
  let release: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Saves the latest value now, unless it is stored already or not to be saved. */
  function flush(leaving: boolean): void {
    clearTimeout(timer);
    const done = release;
    release = null;
    const { value, save, shouldSave, journalKey } = input;
    // An IndexedDB write started now, or a moment ago and not confirmed yet, may not finish if
    // the page is going away; the journal entry, written synchronously, does.
    if (leaving && shouldSave && journalKey && confirmed?.value !== value)
      writeUnsaved(journalKey, value);
    if (!shouldSave || (stored && stored.value === value)) {
      done?.();
      return;
    }
    stored = { value };
    save(value)
      .then(
        () => {
          confirmed = { value };
          onState('saved');
          // Typing went on while this saved: the entry stays until the newer text is saved too.
          if (input.value === value && journalKey) forgetUnsaved(journalKey);
        },
        (error: unknown) => {
          console.error(error);
          stored = null;
          onState('failed');
        },
      )
      .finally(() => done?.());
  }

  return {
    /** Called on every render, so handlers and timers see the value that is on screen. */
    see(next: AutosaveInput<T>): void {
      input = next;
    },
    /** The value changed: save it once it stops changing. Busy until then, so updates wait. */
    changed(): void {
      if (!input.shouldSave) return;
      if (stored && stored.value === input.value) {
        // Changed back to what is stored before the wait was over: nothing is left to save.
        if (release) {
          clearTimeout(timer);
          release();
          release = null;
          onState('saved');
        }
        return;
      }
      release ??= markBusy('autosave');
      onState('pending');
      clearTimeout(timer);
      timer = setTimeout(() => flush(false), input.delayMs);
    },
    flush,
    /**
     * Saves at once when the page is hidden or closed; the function it returns stops listening
     * and saves too, for the screen going away (sign-out and idle sign-out unmount it).
     */
    listen(page: PageEvents): () => void {
      const leaving = () => flush(true);
      const onHide = () => {
        if (page.document.visibilityState === 'hidden') leaving();
      };
      page.document.addEventListener('visibilitychange', onHide);
      page.window.addEventListener('pagehide', leaving);
      return () => {
        page.document.removeEventListener('visibilitychange', onHide);
        page.window.removeEventListener('pagehide', leaving);
        leaving();
      };
    },
  };
}
