export { ClassOverview } from './ClassOverview';
export { PupilPath } from './PupilPath';
export { ShareReview } from './ShareReview';
export { PreparationView } from './PreparationView';
export { classProgress, readiness, type ClassProgress } from './progress';
export {
  sheetContent,
  isEmptySheet,
  teacherOnlyContent,
  shareableItems,
  type SheetContent,
} from './sheet';
export * from './preparation-repo';
export * from './tools';
export { usePreparation } from './use-preparation';
