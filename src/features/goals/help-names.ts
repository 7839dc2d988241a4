import type { HelpKind } from '../../db';
import type { MessageKey } from '../../i18n';

/** What helps me reach a goal, as the goals screen, the sheet and conversation mode name it. */
export const HELP_NAMES: Record<HelpKind, MessageKey> = {
  explanation: 'helpExplanation',
  practice: 'helpPractice',
  material: 'helpMaterial',
  pupil: 'helpPupil',
  teacher: 'helpTeacher',
  parents: 'helpParents',
  other: 'helpOther',
};
