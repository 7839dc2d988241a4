export * from './radar-data';
export { SpinnenwebScreen } from './SpinnenwebScreen';
export { radarImages } from './radar-image';
export type { SeriesNames } from './radar-config';
export { RadarChart } from './RadarChart';
