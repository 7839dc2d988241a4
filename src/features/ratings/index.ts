export * from './scales';
export * from './ratings-repo';
export { radarData, sheetRatingsRadar } from './web-data';
export { ratingsTool, spinnenwebTool } from './tool';
