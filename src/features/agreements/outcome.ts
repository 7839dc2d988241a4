import { LEVELS, type AgreementWho, type Level } from '../../db';
import type { MessageKey } from '../../i18n';

/** "Hoe ging het?" in three steps, drawn like the portfolio's levels: seed, sprout, flower. */
export const OUTCOMES: readonly Level[] = LEVELS;
export const OUTCOME_NAMES: Record<Level, MessageKey> = {
  notYet: 'outcomeNotYet',
  almost: 'outcomeAlmost',
  can: 'outcomeDone',
};
/** Who, in the pupil's own words ("Ik", "Mijn ouders"). */
export const WHO_FOR_PUPIL: Record<AgreementWho, MessageKey> = {
  pupil: 'lookBackByMe',
  parents: 'lookBackByParents',
  teacher: 'lookBackByTeacher',
};
