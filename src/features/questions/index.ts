export * from './jar';
export * from './answers-repo';
export { isAnswered, orderedAnswers } from './answers';
export { questionsTool, vragenpotTool } from './tool';
