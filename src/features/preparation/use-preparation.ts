import { useLive, type RoundRow } from '../../db';
import { loadPreparation } from './preparation-repo';
import type { Preparation } from '../tool-contract';

/** A pupil's preparation for a round, live: null without a round, undefined while read. */
export function usePreparation(
  pupilId: string,
  round: RoundRow | null,
): Preparation | null | undefined {
  return useLive(() => (round ? loadPreparation(pupilId, round) : null), [pupilId, round]);
}
