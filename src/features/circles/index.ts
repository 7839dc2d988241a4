export * from './circles-repo';
export { CIRCLE_NAMES, FIELD_NAMES } from './names';
export { circlesTool, isFilledCircle } from './tool';
