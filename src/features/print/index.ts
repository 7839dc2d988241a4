export { PrintScreen } from './PrintScreen';
export { ParentLetter } from './ParentLetter';
export { printSheetModel, BLANK_AGREEMENT_LINES, type PrintSheetModel } from './print-model';
