import type { AgreementWho } from '../../db';
import type { Translate } from '../../i18n';

/** Who does it, as the teacher's screens and the printed sheet name them: the pupil by name. */
export function whoName(t: Translate, who: AgreementWho, pupilName: string): string {
  return who === 'pupil' ? pupilName : t(who === 'parents' ? 'whoParents' : 'whoTeacher');
}
