/**
 * What the three circles and their five fields are called, for every screen and sheet that
 * shows a circle: the pupil's circles, the share review, the praatpapier and conversation mode.
 */
import type { CircleId } from '../../db';
import type { MessageKey } from '../../i18n';
import type { CircleField } from './circles-repo';

export const CIRCLE_NAMES: Record<CircleId, MessageKey> = {
  home: 'circleHome',
  me: 'circleMe',
  school: 'circleSchool',
};

export const FIELD_NAMES: Record<CircleField, MessageKey> = {
  plus: 'circlePlus',
  minus: 'circleMinus',
  wonder: 'circleWonder',
  goal: 'circleGoal',
  need: 'circleNeed',
};
