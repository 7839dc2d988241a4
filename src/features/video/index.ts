export * from './video-repo';
export { videoTool } from './tool';
