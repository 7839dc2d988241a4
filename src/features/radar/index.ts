export * from './radar-data';
export { radarImages } from './radar-image';
export type { SeriesNames } from './radar-config';
export { RadarChart } from './RadarChart';
