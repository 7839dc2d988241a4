import { useEffect, useState } from 'preact/hooks';
import type { RoundRow } from '../../db';
import { loadPreparation } from './preparation-repo';
import type { Preparation } from './model';

/** A pupil's preparation for a round, read again whenever `version` changes. */
export function usePreparation(
  pupilId: string,
  round: RoundRow | null,
  version = 0,
): Preparation | null | undefined {
  const [preparation, setPreparation] = useState<Preparation | null>();
  useEffect(() => {
    if (!round) return setPreparation(null);
    let current = true;
    void loadPreparation(pupilId, round).then((loaded) => current && setPreparation(loaded));
    return () => {
      current = false;
    };
  }, [pupilId, round, version]);
  return preparation;
}
