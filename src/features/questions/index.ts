export * from './jar';
export * from './answers-repo';
export { QuestionsScreen } from './QuestionsScreen';
export { JarScreen } from './JarScreen';
