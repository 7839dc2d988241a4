export * from './media-repo';
export { squarePortrait, portraitFromFile } from './capture';
export { fitWithin, centreSquare } from './image-size';
