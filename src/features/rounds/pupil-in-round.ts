/**
 * A pupil and a round together, as a teacher screen's address names them. It lives with the
 * rounds (not with the preparation) because the agreements, the preparation and conversation
 * mode all open by it, and the preparation already shows the agreements: kept there, it made
 * the two features import each other.
 */
import type { PupilRow, RoundRow } from '../../db';
import { getPupil } from '../class';
import { getRound } from './rounds-repo';

/** The pupil and the round, or nothing when either is gone or the round is another class's. */
export async function pupilInRound(
  pupilId: string,
  roundId: string,
): Promise<{ pupil: PupilRow; round: RoundRow } | undefined> {
  const [pupil, round] = await Promise.all([getPupil(pupilId), getRound(roundId)]);
  return pupil && round && pupil.classId === round.classId ? { pupil, round } : undefined;
}
