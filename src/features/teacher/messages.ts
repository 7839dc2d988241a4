import { MAX_IDLE_MINUTES, MAX_RECORDING_MINUTES } from '../../db';
import type { ClassInputError } from '../class';
import type { Translate } from '../../i18n';

/** The teacher-facing sentence for a refused pupil or class name. */
export function pupilNameError(t: Translate, error: ClassInputError): string {
  switch (error.reason) {
    case 'empty-name':
      return t('pupilNameEmpty');
    case 'name-too-long':
      return t('pupilNameTooLong');
    case 'duplicate-name':
      return t('pupilNameDuplicate');
    case 'idle-range':
      return t('minutesRange', { max: MAX_IDLE_MINUTES });
    case 'cap-range':
      return t('recordingCapRange', { max: MAX_RECORDING_MINUTES });
  }
}
