import type { AgreementWho } from '../../db';
import type { Translate } from '../../i18n';
import type { PictureId } from '../../ui/drawings/choice-pictures';

/** Who does it, as the teacher's screens and the printed sheet name them: the pupil by name. */
export function whoName(t: Translate, who: AgreementWho, pupilName: string): string {
  return who === 'pupil' ? pupilName : t(who === 'parents' ? 'whoParents' : 'whoTeacher');
}

/** Who does it, as a picture on the agreements form. */
export const WHO_PICTURES: Record<AgreementWho, PictureId> = {
  pupil: 'child',
  parents: 'mumAndDad',
  teacher: 'teacher',
};
