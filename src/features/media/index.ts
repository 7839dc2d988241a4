export * from './media-repo';
export { squarePortrait, portraitFromFile, photoFromFile, photoFromVideo } from './capture';
export { fitWithin, centreSquare } from './image-size';
export { playableBlob } from './playback';
export { MediaPlayer } from './MediaPlayer';
export { PhotoControls, type PhotoWords } from './PhotoControls';
export { useThumbnails } from './use-thumbnails';
