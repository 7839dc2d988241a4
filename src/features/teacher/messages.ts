import { MAX_IDLE_MINUTES, MAX_RECORDING_MINUTES } from '../../db';
import { ClassInputError } from '../class';
import type { Translate } from '../../i18n';

/**
 * The teacher-facing sentence for a refused pupil name, class name or class setting, and the
 * general one for any other failure of a save.
 */
export function classInputMessage(t: Translate, error: unknown): string {
  if (!(error instanceof ClassInputError)) return t('errorUnexpected');
  switch (error.reason) {
    case 'empty-name':
      return t('pupilNameEmpty');
    case 'name-too-long':
      return t('pupilNameTooLong');
    case 'duplicate-name':
      return t('pupilNameDuplicate');
    case 'empty-class-name':
      return t('classNameEmpty');
    case 'class-name-too-long':
      return t('classNameTooLong');
    case 'idle-range':
      return t('minutesRange', { max: MAX_IDLE_MINUTES });
    case 'cap-range':
      return t('recordingCapRange', { max: MAX_RECORDING_MINUTES });
  }
}
