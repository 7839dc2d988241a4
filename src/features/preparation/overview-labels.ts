import type { MessageKey } from '../../i18n';
import type { PartState } from '../tool-contract';

/** The words for a part's state in the teacher's overview, its legend and its cells. */
export const STATE_LABELS: Record<PartState, MessageKey> = {
  none: 'stateNone',
  started: 'stateStarted',
  done: 'stateDone',
};
