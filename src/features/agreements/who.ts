import type { AgreementWho } from '../../db';
import type { MessageKey } from '../../i18n';

/** Who does it, as the teacher's screens and the printed sheet name them. */
export const WHO_NAMES: Record<AgreementWho, MessageKey> = {
  pupil: 'whoPupil',
  parents: 'whoParents',
  teacher: 'whoTeacher',
};
