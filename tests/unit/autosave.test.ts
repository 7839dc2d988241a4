// The autosave rules (src/app/autosaver.ts, the body of useAutosave) with fake timers, fake page
// events and a fake localStorage for the unsaved journal: Node has no DOM.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeAutosaver, type AutosaveInput, type SaveState } from '../../src/app/autosaver';
import { isBusy } from '../../src/app/busy';
import { readUnsaved } from '../../src/settings';

const DELAY = 600;
const KEY = 'answer:pupil-1:q1';

class FakePage {
  window = new EventTarget();
  document = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });
  hide() {
    this.document.visibilityState = 'hidden';
    this.document.dispatchEvent(new Event('visibilitychange'));
  }
  show() {
    this.document.visibilityState = 'visible';
    this.document.dispatchEvent(new Event('visibilitychange'));
  }
  close() {
    this.window.dispatchEvent(new Event('pagehide'));
  }
}

function fakeLocalStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

/** A saver of texts as a screen would use it, with every save and state change kept. */
function setUp(options: { first?: string; saveFirst?: boolean; journalKey?: string } = {}) {
  const saved: string[] = [];
  const states: SaveState[] = [];
  let fail = false;
  const save = vi.fn(async (value: string) => {
    if (fail) throw new Error('write failed');
    saved.push(value);
  });
  const input = (value: string, shouldSave = true): AutosaveInput<string> => ({
    value,
    save,
    delayMs: DELAY,
    shouldSave,
    journalKey: 'journalKey' in options ? options.journalKey : KEY,
  });
  const saver = makeAutosaver(
    input(options.first ?? ''),
    (state) => states.push(state),
    options.saveFirst,
  );
  /** A render: what is on screen. */
  const render = (value: string, shouldSave = true) => saver.see(input(value, shouldSave));
  /** What a render and its effect do when the pupil types. */
  const type = (value: string, shouldSave = true) => {
    render(value, shouldSave);
    saver.changed();
  };
  const failSaves = (yes: boolean) => (fail = yes);
  return { saver, save, saved, states, render, type, failSaves };
}

/** Lets a save's promise callbacks (then, finally) run: fake timers leave microtasks alone. */
async function settle() {
  for (let tick = 0; tick < 10; tick++) await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('localStorage', fakeLocalStorage());
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('autosave: waiting until the typing stops', () => {
  it('saves once, the last value, a moment after the last change', async () => {
    const { save, saved, states, type } = setUp();
    type('H');
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    type('Ha');
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    type('Hallo');
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(save).not.toHaveBeenCalled();
    expect(states.at(-1)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Hallo']);
    expect(states.at(-1)).toBe('saved');
  });

  it('never saves the value the screen started with', async () => {
    const { save, states, type } = setUp({ first: 'Al bewaard' });
    type('Al bewaard');
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(save).not.toHaveBeenCalled();
    expect(states).toEqual([]);
  });

  it('says "saved" and stays idle when the text is changed back before the wait is over', async () => {
    const { save, states, type } = setUp({ first: 'Al bewaard' });
    type('Al bewaard!');
    expect(states.at(-1)).toBe('pending');
    expect(isBusy()).toBe(true);
    type('Al bewaard');
    expect(states.at(-1)).toBe('saved');
    expect(isBusy()).toBe(false);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(save).not.toHaveBeenCalled();
  });

  it('does not store invalid input, even when the page goes away', async () => {
    const { saver, save, type } = setUp();
    const page = new FakePage();
    saver.listen(page);
    type('veel te lang', false);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    page.hide();
    await settle();
    expect(save).not.toHaveBeenCalled();
  });

  it('counts as busy from the first change until the save is done, so an update waits', async () => {
    const { type } = setUp();
    expect(isBusy()).toBe(false);
    type('Hallo');
    expect(isBusy()).toBe(true);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(isBusy()).toBe(false);
  });
});

describe('autosave: when the page or the screen goes away', () => {
  it('saves at once when the page is hidden, and not when it is shown again', async () => {
    const { saver, saved, type } = setUp();
    const page = new FakePage();
    saver.listen(page);
    type('Hallo');
    page.show();
    await settle();
    expect(saved).toEqual([]);
    page.hide();
    await settle();
    expect(saved).toEqual(['Hallo']);
    // The waiting save was the same one: it does not run again.
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(saved).toEqual(['Hallo']);
  });

  it('saves at once when the page is closed (pagehide)', async () => {
    const { saver, saved, type } = setUp();
    const page = new FakePage();
    saver.listen(page);
    type('Tot morgen');
    page.close();
    await settle();
    expect(saved).toEqual(['Tot morgen']);
  });

  it('saves at once when the screen unmounts (sign-out), and then stops listening', async () => {
    const { saver, saved, render, type } = setUp();
    const page = new FakePage();
    const unmount = saver.listen(page);
    type('Bijna klaar');
    unmount();
    await settle();
    expect(saved).toEqual(['Bijna klaar']);
    // Not on screen any more, so no effect runs; a hide that still reached it would save.
    render('na het afmelden');
    page.hide();
    await settle();
    expect(saved).toEqual(['Bijna klaar']);
  });

  it('has nothing to do on leaving when everything is saved', async () => {
    const { saver, save, type } = setUp();
    const page = new FakePage();
    const unmount = saver.listen(page);
    type('Hallo');
    await vi.advanceTimersByTimeAsync(DELAY);
    page.hide();
    unmount();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('autosave: the unsaved journal', () => {
  it('keeps the text in the journal when leaving, until the save has succeeded', async () => {
    let finish = () => {};
    const { saver, save, type } = setUp();
    save.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    const page = new FakePage();
    saver.listen(page);
    type('Mijn antwoord');
    page.hide();
    expect(readUnsaved(KEY)).toBe('Mijn antwoord');
    finish();
    await settle();
    expect(readUnsaved(KEY)).toBeUndefined();
  });

  it('keeps the text in the journal when the page goes away while an earlier save is still writing', async () => {
    let finish = () => {};
    const { saver, save, type } = setUp();
    save.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    const page = new FakePage();
    saver.listen(page);
    type('Antwoord 6');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(save).toHaveBeenCalledWith('Antwoord 6');
    page.close();
    expect(readUnsaved(KEY)).toBe('Antwoord 6');
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await settle();
    expect(readUnsaved(KEY)).toBeUndefined();
  });

  it('does not write the journal for a save while the page stays', async () => {
    let finish = () => {};
    const { save, type } = setUp();
    save.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    type('Mijn antwoord');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(save).toHaveBeenCalledWith('Mijn antwoord');
    expect(readUnsaved(KEY)).toBeUndefined();
    finish();
  });

  it('keeps the journal entry while typing that went on during the save is not saved', async () => {
    let finish = () => {};
    const { saver, save, saved, type } = setUp();
    save.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    const page = new FakePage();
    saver.listen(page);
    type('Mijn');
    page.hide();
    type('Mijn antwoord');
    finish();
    await settle();
    expect(readUnsaved(KEY)).toBe('Mijn');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(saved).toEqual(['Mijn antwoord']);
    expect(readUnsaved(KEY)).toBeUndefined();
  });

  it('keeps the journal entry when the save fails, and tries the same text again', async () => {
    const { saver, saved, states, type, failSaves } = setUp();
    const page = new FakePage();
    saver.listen(page);
    type('Mijn antwoord');
    failSaves(true);
    page.hide();
    await settle();
    expect(states.at(-1)).toBe('failed');
    expect(readUnsaved(KEY)).toBe('Mijn antwoord');
    expect(isBusy()).toBe(false);
    failSaves(false);
    page.close();
    await settle();
    expect(saved).toEqual(['Mijn antwoord']);
    expect(readUnsaved(KEY)).toBeUndefined();
  });

  it('saves a text recovered from the journal, though it is the first value', async () => {
    const { saved, type } = setUp({ first: 'van voor de reload', saveFirst: true });
    type('van voor de reload');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(saved).toEqual(['van voor de reload']);
  });

  it('writes no journal for a text without a journal key', async () => {
    const { saver, saved, type } = setUp({ journalKey: undefined });
    const page = new FakePage();
    saver.listen(page);
    type('Hallo');
    page.hide();
    expect(localStorage.length).toBe(0);
    await settle();
    expect(saved).toEqual(['Hallo']);
  });
});
