/**
 * Live reads: a screen shows what is stored through `useLive(query, deps)`, a Preact hook over
 * Dexie's `liveQuery`. Dexie reads the query again whenever a write touches what it read, in
 * this tab or another, so no screen announces its writes to the others. Stores nothing itself.
 *
 * `watchLive` is the subscription without Preact (unit tested): once stopped, nothing it was
 * asked reaches its listener, so a late answer after unmount or a deps change cannot land.
 * A query only reads; the rules that write (purging, keeping a first take) are repo functions
 * called from the write path.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState, type Inputs } from 'preact/hooks';

export interface LiveListener<T> {
  value: (value: T) => void;
  error: (error: unknown) => void;
}

/** Runs `query` now and after every write it depends on, until the returned function is called. */
export function watchLive<T>(query: () => T | Promise<T>, listener: LiveListener<T>): () => void {
  let stopped = false;
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      if (!stopped) listener.value(value);
    },
    error: (error: unknown) => {
      if (!stopped) listener.error(error);
    },
  });
  return () => {
    stopped = true;
    subscription.unsubscribe();
  };
}

export interface Answer<T> {
  /** The deps the answer was read for: an answer for other deps is not shown. */
  deps: Inputs;
  value?: T;
  error?: unknown;
  failed?: boolean;
}

const sameDeps = (a: Inputs, b: Inputs) =>
  a.length === b.length && a.every((item, index) => Object.is(item, b[index]));

/**
 * What `query` answers, kept up to date: `undefined` while it is read (also right after `deps`
 * change), the answer after (a query returns `null`, not `undefined`, for "nothing there").
 * A failed read is thrown while rendering, so the area's error boundary logs it and shows its
 * fallback, as for any screen that cannot be drawn.
 */
export function useLive<T>(query: () => T | Promise<T>, deps: Inputs): T | undefined {
  const [answer, setAnswer] = useState<Answer<T> | undefined>(undefined);
  useEffect(
    () =>
      watchLive(query, {
        value: (value) => setAnswer({ deps, value }),
        error: (error) => setAnswer({ deps, error, failed: true }),
      }),
    deps,
  );
  return shown(answer, deps);
}

/** What the hook shows of `answer` while rendering for `deps` (pure, unit tested). */
export function shown<T>(answer: Answer<T> | undefined, deps: Inputs): T | undefined {
  if (!answer || !sameDeps(answer.deps, deps)) return undefined;
  if (answer.failed) throw answer.error;
  return answer.value;
}
