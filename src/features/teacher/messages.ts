import { MAX_IDLE_MINUTES, MAX_RECORDING_MINUTES } from '../../db';
import type { ClassInputError } from '../class';
import type { Translate } from '../../i18n';

/** The teacher-facing sentence for a refused pupil name, class name or class setting. */
export function classInputMessage(t: Translate, error: ClassInputError): string {
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
