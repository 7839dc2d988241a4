export * from './goals-repo';
export { HELP_NAMES } from './help-names';
export { goalsTool } from './tool';
