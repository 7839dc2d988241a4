/**
 * After three wrong picture codes a pupil waits, longer each time, and is told to ask the
 * teacher. Pure: the caller stores the state and passes the clock.
 */
import type { Lockout } from '../../settings';

export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 5 * 60_000;

export const NO_LOCKOUT: Lockout = { failures: 0, until: 0 };

export function afterWrongTry(state: Lockout, now: number): Lockout {
  const failures = state.failures + 1;
  if (failures < FREE_TRIES) return { failures, until: 0 };
  const extra = failures - FREE_TRIES;
  const wait = Math.min(FIRST_WAIT_MS * 2 ** extra, LONGEST_WAIT_MS);
  return { failures, until: now + wait };
}

export function secondsToWait(state: Lockout, now: number): number {
  return Math.max(0, Math.ceil((state.until - now) / 1000));
}
