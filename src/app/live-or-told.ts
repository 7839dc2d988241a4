import { useEffect, type Inputs } from 'preact/hooks';
import { useLive } from '../db';
import { runAction } from './action';

type Read<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * A live read for a part of a screen that must not take the whole area down when it fails: the
 * teacher's home is the way to the error log and the backups, so a damaged pupil list there is
 * told (logged, recorded, the app's notice, as runAction does) and shows `fallback`, where
 * useLive would show the area's fallback instead.
 */
export function useLiveOrTold<T>(
  query: () => Promise<T>,
  deps: Inputs,
  fallback: T,
): T | undefined {
  const read = useLive(async (): Promise<Read<T>> => {
    try {
      return { ok: true, value: await query() };
    } catch (error) {
      return { ok: false, error };
    }
  }, deps);
  useEffect(() => {
    if (read && !read.ok) {
      const { error } = read;
      runAction(() => Promise.reject(error));
    }
  }, [read]);
  return read === undefined ? undefined : read.ok ? read.value : fallback;
}
