/**
 * The signed-in pupil's session as their screens see it: who they are and the class's current
 * round (null when no round is open). Set by the pupil's home; every repo call still takes the
 * pupilId explicitly, so nothing reads a global "current pupil" behind a screen's back.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MediaRow, PupilRow, RoundRow } from '../db';

export interface PupilSession {
  pupil: PupilRow;
  round: RoundRow | null;
  /** The round before this one, for last time's spinnenweb. */
  previousRound: RoundRow | null;
  /** Recordings that were cut off and have just been finished from their saved chunks. */
  recovered: MediaRow[];
}

export const PupilSessionContext = createContext<PupilSession | null>(null);

export function usePupilSession(): PupilSession {
  const session = useContext(PupilSessionContext);
  if (!session) throw new Error('usePupilSession outside a pupil session');
  return session;
}
