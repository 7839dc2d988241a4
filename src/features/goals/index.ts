export * from './goals-repo';
export { GoalsScreen, HELP_NAMES } from './GoalsScreen';
