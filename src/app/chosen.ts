import { useRef, useState } from 'preact/hooks';

/** A choice laid over the live value: `since` is the live value it was made over. */
export interface Chosen<T> {
  value: T;
  /** Undefined while a write is pending; then the live value when the last one was stored. */
  since?: { live: T | undefined };
}

/**
 * What a choice control shows (pure, unit tested): the pupil's latest choice while its write is
 * pending and until the live read answers again after it, the stored value otherwise. So a
 * drag or quick arrow keys count on from the step shown, not from an older stored one, and a
 * write elsewhere shows as soon as nothing of this screen's is on its way.
 */
export function chosenOrLive<T>(chosen: Chosen<T> | null, live: T | undefined): T | undefined {
  if (!chosen) return live;
  if (!chosen.since || Object.is(chosen.since.live, live)) return chosen.value;
  return live;
}

/**
 * A live value that a tap changes at once: `choose(next, write)` shows `next` and runs the
 * write; the live read brings the stored value back once the write is done. A failed write
 * shows the stored value again (runAction tells the pupil).
 */
export function useChosen<T>(
  live: T | undefined,
): [T | undefined, (next: T, write: () => Promise<unknown>) => Promise<void>] {
  const [chosen, setChosen] = useState<Chosen<T> | null>(null);
  const pending = useRef(0);
  const latest = useRef(live);
  latest.current = live;
  async function choose(next: T, write: () => Promise<unknown>): Promise<void> {
    pending.current += 1;
    setChosen({ value: next });
    try {
      await write();
    } catch (error) {
      setChosen(null);
      throw error;
    } finally {
      pending.current -= 1;
    }
    if (pending.current === 0)
      setChosen((before) => before && { value: before.value, since: { live: latest.current } });
  }
  return [chosenOrLive(chosen, live), choose];
}
