export { ClassOverview } from './ClassOverview';
export { PupilPath } from './PupilPath';
export { ShareReview } from './ShareReview';
export { PreparationView } from './PreparationView';
export { classProgress, readiness, type ClassProgress } from './progress';
export { partState, type PartState } from './part-state';
export {
  sheetContent,
  visibleTo,
  isEmptySheet,
  teacherOnlyContent,
  type SheetContent,
  type SheetRating,
  type Audience,
} from './sheet';
export * from './preparation-repo';
export type { Preparation } from './model';
export { AnswersPart, AsksPart, CirclesPart, GoalsPart } from './SheetParts';
export { talkOrder, DEFAULT_TALK_ORDER } from './talk-order';
