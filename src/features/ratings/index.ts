export * from './scales';
export * from './ratings-repo';
export { RatingsScreen } from './RatingsScreen';
