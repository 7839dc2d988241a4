export * from './circles-repo';
export { CIRCLE_NAMES, FIELD_NAMES } from './names';
export { CirclesScreen } from './CirclesScreen';
