export * from './circles-repo';
export { CirclesScreen } from './CirclesScreen';
