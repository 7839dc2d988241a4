export * from './video-repo';
export { VideoScreen } from './VideoScreen';
